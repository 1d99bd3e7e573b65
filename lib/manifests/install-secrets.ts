import { GOOGLE_AUTH_VOLUME, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import type { Connector } from "@/lib/schemas/sections/connectors";
import { type Spoke } from "@/lib/schemas/sections/fleet";
import { isHubAsSpoke, spokeSecretName } from "@/lib/schemas/sections/fleet-model";
import type { InstallSection } from "@/lib/schemas/sections/install";
import type { IntegrationsSection, TokenIntegration } from "@/lib/schemas/sections/integrations";

import {
  namespaceManifest,
  opaqueSecret,
  type Manifest,
  type SecretManifest,
} from "./kubernetes-object";

/** The key of the Google Secret: the file name the chart's mount exposes to Dex. */
export const GOOGLE_SERVICE_ACCOUNT_KEY = GOOGLE_SERVICE_ACCOUNT_PATH.split("/").pop() as string;

/** What the install's Secrets are made from; every target's configuration has it. */
export type SecretSources = {
  fleet: { spokes: readonly Spoke[] };
  identity: { connectors: readonly Connector[] };
  install: InstallSection;
  integrations: IntegrationsSection;
};

function googleSecrets(connectors: readonly Connector[]): SecretManifest[] {
  const google = connectors.find(
    (connector) => connector.type === "google" && connector.serviceAccountKey !== "",
  );
  return google
    ? [
        opaqueSecret(GOOGLE_AUTH_VOLUME.secretName, RELEASE_NAMESPACE, {
          [GOOGLE_SERVICE_ACCOUNT_KEY]: google.serviceAccountKey,
        }),
      ]
    : [];
}

function spokeSecrets(spokes: readonly Spoke[], namespace: string): SecretManifest[] {
  return spokes
    .filter((spoke) => !isHubAsSpoke(spoke) && spoke.kubeconfigFile !== "")
    .map((spoke) =>
      opaqueSecret(spokeSecretName(spoke), namespace, {
        [spoke.kubeconfig.secretKey]: spoke.kubeconfigFile,
      }),
    );
}

/** The Palette integration's Secret (and its CA's), shaped as the Palette integration page shows. */
function paletteSecrets({ namespace, palette }: IntegrationsSection): SecretManifest[] {
  if (!palette.isEnabled) return [];
  const ca = palette.caCertificate.trim();
  const settings = {
    apiKey: palette.apiKey,
    defaultProjectID: palette.defaultProjectID.trim(),
    hostUrl: palette.hostUrl.trim(),
    tenant: palette.tenant.trim(),
    skipSSLCertificateVerification: palette.skipSSLCertificateVerification,
    ...(ca !== "" ? { tlsSecretRef: palette.caSecretName } : {}),
  };
  return [
    opaqueSecret(palette.secretName, namespace, {
      palette: `${JSON.stringify(settings, null, 2)}\n`,
    }),
    ...(ca !== "" ? [opaqueSecret(palette.caSecretName, namespace, { "ca.crt": `${ca}\n` })] : []),
  ];
}

function tokenSecret(token: TokenIntegration, namespace: string): SecretManifest[] {
  return token.isEnabled
    ? [opaqueSecret(token.secretName, namespace, { [token.key]: token.token })]
    : [];
}

/**
 * Every Secret the install needs before (or, for integrations, beside) `helm install`, each
 * preceded once by the Namespace it lives in.
 */
export function buildInstallManifests(sources: SecretSources): Manifest[] {
  const { integrations } = sources;
  const secrets = [
    ...googleSecrets(sources.identity.connectors),
    ...spokeSecrets(sources.fleet.spokes, sources.install.spokeSecretNamespace),
    ...paletteSecrets(integrations),
    ...tokenSecret(integrations.huggingFace, integrations.namespace),
    ...tokenSecret(integrations.ngc, integrations.namespace),
  ];
  const namespaces = [...new Set(secrets.map((secret) => secret.metadata.namespace))];
  return [...namespaces.map(namespaceManifest), ...secrets];
}
