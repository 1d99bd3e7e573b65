/** The configuration sections that make no Secret, each valid by its own schema. */
import fc from "fast-check";

import { METRICS_AGENT_TYPES } from "@/lib/chart/constants";
import type { Branding } from "@/lib/schemas/sections/branding";
import { type Impersonation, type MapEntry } from "@/lib/schemas/sections/impersonation";
import {
  IMPERSONATION_GROUPS_MODES,
  IMPERSONATION_USER_MODES,
  splitGroups,
} from "@/lib/schemas/sections/impersonation-model";
import { type IngressSection } from "@/lib/schemas/sections/ingress";
import { BUNDLED_INGRESS_NGINX_MODES, TLS_MODES } from "@/lib/schemas/sections/ingress-model";
import { type InstallSection } from "@/lib/schemas/sections/install";
import { newInstallSection } from "@/lib/schemas/sections/install-model";
import { type RegistrySection } from "@/lib/schemas/sections/registry";
import { REGISTRY_MODES } from "@/lib/schemas/sections/registry-model";

import {
  annotationKey,
  baseUrl,
  dnsSubdomain,
  duration,
  email,
  logo,
  ociEndpoint,
  semver,
  wildLine,
  wildNonBlankLine,
  wildSecret,
  wildText,
  wildWord,
  writableNamespace,
} from "./text";
import { registryUsersArbitrary } from "./users";

/** The spokes' metrics agent: what every target, the appliance too, leaves open. */
export const metricsAgentArbitrary = fc.record({
  timeout: duration,
  scrapeInterval: duration,
  agentType: fc.constantFrom(...METRICS_AGENT_TYPES),
});

/** Prometheus' credentials: none, or a user with a password. */
const metricsCredentials = fc.oneof(
  fc.constant({ username: "", password: "" }),
  fc.record({ username: wildWord(), password: wildLine.map((text) => text || "p") }),
);

export const metricsArbitrary = fc
  .tuple(
    metricsAgentArbitrary,
    fc.oneof(fc.constant(""), baseUrl(["http", "https"])),
    metricsCredentials,
  )
  .map(([agent, prometheusBaseUrl, credentials]) => ({
    ...agent,
    prometheusBaseUrl,
    ...credentials,
  }));

export const auditLoggingArbitrary = fc.record({ username: wildWord(), password: wildSecret(16) });

function mapEntries(key: fc.Arbitrary<string>, value: fc.Arbitrary<string>) {
  return fc.uniqueArray(fc.record({ key, value }), {
    maxLength: 3,
    selector: (entry: MapEntry) => entry.key,
  });
}

/** On or off; the maps are filled either way, since off must write none of them. */
export const impersonationArbitrary: fc.Arbitrary<Impersonation> = fc.record({
  enabled: fc.boolean(),
  userMode: fc.constantFrom(...IMPERSONATION_USER_MODES),
  groupsMode: fc.constantFrom(...IMPERSONATION_GROUPS_MODES),
  userMap: mapEntries(wildNonBlankLine, wildNonBlankLine),
  groupMap: mapEntries(wildNonBlankLine, wildNonBlankLine),
  dexGroupMap: mapEntries(
    email,
    wildLine.map((groups) => (splitGroups(groups).length > 0 ? groups : `${groups},admins`)),
  ),
});

export const brandingArbitrary: fc.Arbitrary<Branding> = fc.record({
  primaryLogo: logo,
  secondaryLogo: logo,
});

function withUsers(keepGuideUsers: boolean) {
  return fc.record({
    keepGuideUsers: fc.constant(keepGuideUsers),
    // Zot checks every request against htpasswd, so without the guide's users it needs one.
    users: registryUsersArbitrary({ minLength: keepGuideUsers ? 0 : 1, maxLength: 3 }),
  });
}

const ENDPOINTS: Record<RegistrySection["mode"], fc.Arbitrary<string>> = {
  // Derived from the domain: what is typed is never read.
  "zot-ingress": fc.constant(""),
  "zot-load-balancer": ociEndpoint("5000"),
  external: ociEndpoint(),
};

export const registryArbitrary: fc.Arbitrary<RegistrySection> = fc
  .tuple(
    fc.oneof(
      ...REGISTRY_MODES.map((mode) =>
        fc.record({ mode: fc.constant(mode), endpoint: ENDPOINTS[mode] }),
      ),
    ),
    fc.oneof(withUsers(true), withUsers(false)),
  )
  .map(([where, users]) => ({ ...where, ...users }));

export const installArbitrary: fc.Arbitrary<InstallSection> = fc.record({
  chartRegistry: fc.constantFrom(
    newInstallSection().chartRegistry,
    "oci://registry.example.org:5000/mirror/mural",
    "oci://10.0.0.12:5000",
    "oci://[fd00::12]:5000/mural",
  ),
  chartPlainHttp: fc.boolean(),
  helmTimeoutMinutes: fc.integer({ min: 1, max: 120 }),
  crdsVersion: fc.oneof(fc.constant(newInstallSection().crdsVersion), semver),
  muralVersion: fc.oneof(fc.constant(newInstallSection().muralVersion), semver),
  spokeSecretNamespace: writableNamespace,
});

/** Ingress choices of a target without a guide, each left to the chart or set. */
export const ingressArbitrary: fc.Arbitrary<IngressSection> = fc.record({
  className: fc.oneof(fc.constantFrom("", "nginx", "alb", "traefik"), dnsSubdomain),
  annotations: fc.uniqueArray(fc.record({ key: annotationKey, value: wildText }), {
    maxLength: 3,
    selector: (entry) => entry.key,
  }),
  tls: fc.constantFrom(...TLS_MODES),
  tlsSecretName: dnsSubdomain,
  bundledIngressNginx: fc.constantFrom(...BUNDLED_INGRESS_NGINX_MODES),
  kubernetesProvider: fc.oneof(fc.constant(""), wildWord(/\s/g)),
});
