import { GOOGLE_AUTH_VOLUME, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { GOOGLE_SERVICE_ACCOUNT_KEY } from "@/lib/manifests/install-secrets";
import { isHubAsSpoke, spokeSecretName } from "@/lib/schemas/sections/fleet-model";
import type { TargetConfig } from "@/lib/schemas/targets";

/** Where a Secret keeps one text: its namespace, its name and the key in its `data`. */
export type SecretPlace = { namespace: string; name: string; key: string };

/**
 * The texts a configuration holds for Secrets (uploaded files, tokens, the Palette CA), each
 * with the place it must be found, worked out from the configuration rather than from the
 * manifests under test. The Palette settings, a JSON text Easel composes, are not among them.
 */
export function configuredSecretTexts(config: TargetConfig): (SecretPlace & { text: string })[] {
  const { namespace, palette, huggingFace, ngc } = config.integrations;
  // Only the first Google connector's key is mounted.
  const google = config.identity.connectors.find(
    (connector) => connector.type === "google" && connector.serviceAccountKey !== "",
  );
  const ca = palette.caCertificate.trim();
  const place = (name: string, key: string) => ({ namespace, name, key });
  return [
    ...(google
      ? [
          {
            namespace: RELEASE_NAMESPACE,
            name: GOOGLE_AUTH_VOLUME.secretName,
            key: GOOGLE_SERVICE_ACCOUNT_KEY,
            text: google.serviceAccountKey,
          },
        ]
      : []),
    ...config.fleet.spokes
      .filter((spoke) => !isHubAsSpoke(spoke) && spoke.kubeconfigFile !== "")
      .map((spoke) => ({
        namespace: config.install.spokeSecretNamespace,
        name: spokeSecretName(spoke),
        key: spoke.kubeconfig.secretKey,
        text: spoke.kubeconfigFile,
      })),
    ...(palette.isEnabled && ca !== ""
      ? [{ ...place(palette.caSecretName, "ca.crt"), text: `${ca}\n` }]
      : []),
    ...[huggingFace, ngc]
      .filter((token) => token.isEnabled)
      .map((token) => ({ ...place(token.secretName, token.key), text: token.token })),
  ];
}

type ParsedSecret = {
  kind?: unknown;
  metadata?: { name?: unknown; namespace?: unknown };
  data?: Record<string, unknown>;
};

/** The decoded text at `place` in every parsed Secret there (two spokes may share a name). */
export function decodedSecretTexts(documents: readonly unknown[], place: SecretPlace): string[] {
  return (documents as (ParsedSecret | null)[])
    .filter(
      (document) =>
        document?.kind === "Secret" &&
        document.metadata?.name === place.name &&
        document.metadata.namespace === place.namespace,
    )
    .map((secret) => Buffer.from(String(secret?.data?.[place.key] ?? ""), "base64").toString());
}
