import { DEX_STATIC_CLIENT_IDS, DEX_TLS_VOLUME } from "@/lib/chart/constants";
import type { DexStaticClient, DexStaticPassword, DexValues } from "@/lib/chart/values";
import {
  effectiveEmail,
  type IdentitySection,
  type LocalUser,
} from "@/lib/schemas/sections/identity";

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
      staticClients: staticClients(identity, domain),
      staticPasswords: buildStaticPasswords(identity.localUsers, domain),
    },
    volumes: [{ name: DEX_TLS_VOLUME.name, secret: { secretName: DEX_TLS_VOLUME.secretName } }],
    volumeMounts: [
      { mountPath: DEX_TLS_VOLUME.mountPath, name: DEX_TLS_VOLUME.name, readOnly: true },
    ],
    ...(options.serviceAnnotations ? { service: { annotations: options.serviceAnnotations } } : {}),
    ingress: { enabled: false },
  };
}
