"use client";

import { useState } from "react";
import { get, useFormState } from "react-hook-form";

import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import type { ConnectorType } from "@/lib/dex/connectors/names";
import { connectorWarnings } from "@/lib/dex/connectors/rules";
import type { ConnectorField, ConnectorProblem } from "@/lib/dex/connectors/types";
import { DOMAIN_MARKER } from "@/lib/targets/value-markers";
import { domainUrls } from "@/lib/values-builders/domain-urls";
import { isErrorShown } from "@/components/ui/shown-error";
import { holdsDerived } from "@/components/ui/shown-tag";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";
import { useSettledValue } from "@/components/hooks/use-settled-config";

import { useTargetShows } from "../../target-context";
import { ConnectorSetting } from "./connector-setting";
import { ServiceAccountKeyUpload } from "./service-account-key-upload";

// A connector's settings, from its type's description and Dex's rules: loaded with the first
// connector shown, so a page without one loads none of them.

/** The redirect URI Dex registers with the provider: derived from the domain unless typed. */
function RedirectUriField({
  base,
  warning,
}: {
  base: `identity.connectors.${number}`;
  warning?: string;
}) {
  const domain = useSettledValue("global.domain");
  const isRootDomainOptional = useTargetShows("rootDomain");
  const derived = domainUrls(domain || DOMAIN_MARKER).dexCallback;
  const hint =
    isRootDomainOptional && domain === ""
      ? `Register this URI with your identity provider. Without a root domain, type it: ${derived} with the appliance's host.`
      : `Register this URI with your identity provider. Leave empty for ${derived}.`;
  return (
    <TextField
      name={`${base}.config.redirectURI`}
      label="Redirect URI"
      tag="derived"
      isTagShown={holdsDerived(derived)}
      inputMode="url"
      placeholder={derived}
      hint={hint}
      warning={warning}
    />
  );
}

/**
 * Dex settings most admins never change, folded away; opened while one of them shows an error, so
 * an error is never hidden.
 */
function MoreSettings({
  base,
  fields,
  warningAt,
}: {
  base: `identity.connectors.${number}`;
  fields: readonly ConnectorField[];
  warningAt: (key: string) => string | undefined;
}) {
  const { errors, touchedFields, isSubmitted } = useFormState({ name: `${base}.config` });
  const hasError = fields.some((field) => {
    const path = `${base}.config.${field.key}`;
    const isTouched = get(touchedFields, path) === true;
    return get(errors, path) !== undefined && isErrorShown(isTouched, isSubmitted);
  });
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details
      className="more-settings"
      open={isOpen || hasError}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>More settings ({fields.length})</summary>
      {fields.map((field) => (
        <ConnectorSetting
          key={field.key}
          base={base}
          field={field}
          warning={warningAt(field.key)}
        />
      ))}
    </details>
  );
}

export type ConnectorSettingsProps = { base: `identity.connectors.${number}`; type: ConnectorType };

/** The settings of one connector's type, the rarely changed ones folded away, with Dex's warnings. */
export function ConnectorSettings({ base, type }: ConnectorSettingsProps) {
  const spec = CONNECTOR_SPECS[type];
  const basic = spec.fields.filter((field) => !field.isAdvanced);
  const advanced = spec.fields.filter((field) => field.isAdvanced);
  const config = useConfigWatch(`${base}.config`);
  const warnings: ConnectorProblem[] = connectorWarnings(type, config ?? {});
  const warningAt = (key: string) =>
    warnings
      .filter((warning) => warning.key === key)
      .map((warning) => warning.message)
      .join(" ") || undefined;
  return (
    <>
      {basic.map((field) => (
        <ConnectorSetting
          key={field.key}
          base={base}
          field={field}
          warning={warningAt(field.key)}
        />
      ))}
      {type === "google" ? <ServiceAccountKeyUpload base={base} /> : null}
      {spec.hasRedirectURI ? (
        <RedirectUriField base={base} warning={warningAt("redirectURI")} />
      ) : null}
      {advanced.length > 0 ? (
        <MoreSettings base={base} fields={advanced} warningAt={warningAt} />
      ) : null}
    </>
  );
}
