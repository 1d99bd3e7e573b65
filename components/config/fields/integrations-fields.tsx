"use client";

import dynamic from "next/dynamic";

import { TOKEN_SECRET_DEFAULTS } from "@/lib/schemas/sections/integrations-model";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SecretField } from "@/components/ui/secret-field";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";

import { FormSection } from "../form-section";

/** The X.509 reader it checks files with loads once the integration is turned on. */
const PaletteCaCertificate = dynamic(
  () => import("./palette-ca-certificate").then((loaded) => loaded.PaletteCaCertificate),
  { ssr: false, loading: () => <p className="loading">Loading the certificate field…</p> },
);

/** The Palette integration's Secret, as the "Integrate with Palette" page shows it. */
function PaletteIntegration() {
  const [isEnabled, isSkippingVerification, ca] = useConfigWatch([
    "integrations.palette.isEnabled",
    "integrations.palette.skipSSLCertificateVerification",
    "integrations.palette.caCertificate",
  ]);
  return (
    <fieldset className="subsection">
      <legend>Palette</legend>
      <CheckboxField
        name="integrations.palette.isEnabled"
        label="Create the Palette integration's Secret"
        hint="Palette deploys the Compute Pools that run applications and models."
      />
      {isEnabled ? (
        <>
          <TextField name="integrations.palette.secretName" label="Secret name" />
          <SecretField name="integrations.palette.apiKey" label="Palette API key" />
          <div className="field-pair">
            <TextField
              name="integrations.palette.hostUrl"
              label="Palette URL"
              inputMode="url"
              placeholder="https://console.spectrocloud.com"
            />
            <TextField name="integrations.palette.tenant" label="Palette tenant" />
          </div>
          <TextField
            name="integrations.palette.defaultProjectID"
            label="Palette project ID"
            hint="The ID on the project's Overview tab, not its name."
          />
          <CheckboxField
            name="integrations.palette.skipSSLCertificateVerification"
            label="Skip SSL certificate verification"
          />
          {isSkippingVerification ? (
            <p className="warning-banner" role="alert">
              Every call to Palette will skip certificate checks, which exposes production traffic.
              The docs accept this only for demos: give the CA certificate instead.
            </p>
          ) : null}
          <PaletteCaCertificate />
          {ca !== "" ? (
            <TextField name="integrations.palette.caSecretName" label="CA Secret name" />
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

type TokenIntegrationProps = {
  name: "huggingFace" | "ngc";
  legend: string;
  tokenLabel: string;
  purpose: string;
};

/** A token Secret whose names the docs available to Easel do not give: Easel's are editable. */
function TokenIntegration({ name, legend, tokenLabel, purpose }: TokenIntegrationProps) {
  const isEnabled = useConfigWatch(`integrations.${name}.isEnabled`);
  const defaults = TOKEN_SECRET_DEFAULTS[name];
  return (
    <fieldset className="subsection">
      <legend>{legend}</legend>
      <CheckboxField
        name={`integrations.${name}.isEnabled`}
        label={`Create the ${legend} token's Secret`}
        hint={purpose}
      />
      {isEnabled ? (
        <>
          <div className="field-pair">
            <TextField
              name={`integrations.${name}.secretName`}
              label="Secret name"
              tag="Easel's choice"
              hint={`Our docs do not name it; Easel suggests ${defaults.secretName}. Use the name your Settings integration expects.`}
            />
            <TextField
              name={`integrations.${name}.key`}
              label="Key in the Secret"
              tag="Easel's choice"
              hint={`Easel suggests ${defaults.key}.`}
            />
          </div>
          <SecretField name={`integrations.${name}.token`} label={tokenLabel} />
        </>
      ) : null}
    </fieldset>
  );
}

/** Secrets of a Project's Settings integrations, in its Tenant or Project namespace. */
export function IntegrationsFields() {
  return (
    <FormSection
      id="integrations"
      title="Integrations"
      description="Credentials a PaletteAI Project's Settings use. Easel writes them to secrets.yaml only; values.yaml never holds them."
    >
      <TextField
        name="integrations.namespace"
        label="Tenant or Project namespace"
        hint="The namespace of the Tenant or Project whose Settings use these integrations, such as primary-dev."
      />
      <PaletteIntegration />
      <TokenIntegration
        name="huggingFace"
        legend="Hugging Face"
        tokenLabel="Hugging Face token"
        purpose="Pulls models from Hugging Face."
      />
      <TokenIntegration
        name="ngc"
        legend="NVIDIA NGC"
        tokenLabel="NGC API key"
        purpose="Pulls models and containers from NVIDIA NGC."
      />
    </FormSection>
  );
}
