import { DEX_STATIC_CLIENT_IDS, DEX_TLS_VOLUME, GOOGLE_AUTH_VOLUME } from "@/lib/chart/constants";
import type { DexStaticClient, DexStaticPassword, DexValues } from "@/lib/chart/values-shape";
import type { Connector } from "@/lib/schemas/sections/connectors";
import { type IdentitySection, type LocalUser } from "@/lib/schemas/sections/identity";
import { effectiveEmail } from "@/lib/schemas/sections/identity-model";

import { buildConnectorValues, usesGoogleServiceAccount } from "./dex-connectors";
import { domainUrls } from "./domain-urls";

export type DexOptions = { serviceAnnotations?: Record<string, string> };

/** The `mural` (Canvas) and `kubernetes` clients, each trusting the other as a peer. */
function staticClients(identity: IdentitySection, domain: string): DexStaticClient[] {
  const urls = domainUrls(domain);
  const { mural, kubernetes } = DEX_STATIC_CLIENT_IDS;
  return [
    {
      id: mural,
      redirectURIs: [urls.canvasCallback],
      name: mural,
      secret: identity.clients.muralSecret,
      public: false,
      trustedPeers: [kubernetes],
    },
    {
      id: kubernetes,
      redirectURIs: [urls.root],
      name: kubernetes,
      secret: identity.clients.kubernetesSecret,
      public: false,
      trustedPeers: [mural],
    },
  ];
}

/** `dex.config.connectors`, written only when there is one. */
export function connectorValues(
  connectors: readonly Connector[],
  domain: string,
): Pick<DexValues["config"], "connectors"> {
  if (connectors.length === 0) return {};
  return { connectors: connectors.map((connector) => buildConnectorValues(connector, domain)) };
}

/**
 * `dex.volumes` and `dex.volumeMounts`: the chart's serving-certificate volume, restated because
 * Helm replaces lists whole, and the Google service-account key when a connector reads groups.
 */
export function buildDexVolumes(
  connectors: readonly Connector[],
): Pick<DexValues, "volumes" | "volumeMounts"> {
  const volumes = [
    DEX_TLS_VOLUME,
    ...(usesGoogleServiceAccount(connectors) ? [GOOGLE_AUTH_VOLUME] : []),
  ];
  return {
    volumes: volumes.map((volume) => ({
      name: volume.name,
      secret: { secretName: volume.secretName },
    })),
    volumeMounts: volumes.map((volume) => ({
      mountPath: volume.mountPath,
      name: volume.name,
      readOnly: true,
    })),
  };
}

/** `dex.config.staticPasswords`: only the hash of each password, never the password. */
export function buildStaticPasswords(
  users: readonly LocalUser[],
  domain: string,
): DexStaticPassword[] {
  return users.map((user) => ({
    email: effectiveEmail(user, domain),
    hash: user.hash,
    username: user.username,
    userID: user.userID,
  }));
}

/**
 * `dex`: issuer, clients and local users, served through the Canvas Ingress (so Dex's own
 * Ingress is off). The chart's serving-certificate volume is restated because Helm replaces
 * lists whole. `staticPasswords` is always written, so the chart's default user never survives.
 */
export function buildDexValues(
  identity: IdentitySection,
  domain: string,
  options: DexOptions = {},
): DexValues {
  return {
    config: {
      issuer: domainUrls(domain).dexIssuer,
      ...connectorValues(identity.connectors, domain),
      staticClients: staticClients(identity, domain),
      staticPasswords: buildStaticPasswords(identity.localUsers, domain),
    },
    ...buildDexVolumes(identity.connectors),
    ...(options.serviceAnnotations ? { service: { annotations: options.serviceAnnotations } } : {}),
    ingress: { enabled: false },
  };
}
