/**
 * Random valid configurations of every target, for property tests. They vary what an admin can
 * vary (choices, switches, how many spokes, users, connectors and map entries, which integrations
 * are on); names, emails and URLs follow the schema's rules, and free text and secrets are wild.
 * Every configuration passes its target's schema: `render.property.test.ts` checks that too.
 */
import fc from "fast-check";

import type { ConfigOf } from "@/lib/schemas/targets";
import { ALB_INGRESS_CLASS } from "@/lib/schemas/targets/ingress-target";
import type { IngressTargetId, TargetId } from "@/lib/targets/catalog";

import { connectorsArbitrary } from "./arbitraries/connectors";
import { integrationsArbitrary, spokesArbitrary } from "./arbitraries/secret-sources";
import {
  auditLoggingArbitrary,
  brandingArbitrary,
  impersonationArbitrary,
  ingressArbitrary,
  installArbitrary,
  metricsAgentArbitrary,
  metricsArbitrary,
  registryArbitrary,
} from "./arbitraries/sections";
import { baseUrl, domainName, gcpResourceName, wildSecret } from "./arbitraries/text";
import { localUsersArbitrary } from "./arbitraries/users";

function connectors(minLength: number, options: { needsRedirectUri: boolean }) {
  return connectorsArbitrary({ minLength, maxLength: 3, ...options });
}

/** Someone must be able to log in: a local user, a connector, or both. */
const fullInstallIdentity = fc
  .record({
    clients: fc.record({ muralSecret: wildSecret(16), kubernetesSecret: wildSecret(16) }),
    login: fc.oneof(
      fc.record({
        connectors: connectors(1, { needsRedirectUri: false }),
        localUsers: localUsersArbitrary({ minLength: 0, maxLength: 3, canDeriveEmail: true }),
      }),
      fc.record({
        connectors: connectors(0, { needsRedirectUri: false }),
        localUsers: localUsersArbitrary({ minLength: 1, maxLength: 3, canDeriveEmail: true }),
      }),
    ),
  })
  .map(({ clients, login }) => ({ clients, ...login }));

/** The sections every target installed with Helm shares. */
const fullInstallSections = fc.record({
  global: fc.record({
    domain: domainName,
    auditLogging: auditLoggingArbitrary,
    metrics: metricsArbitrary,
  }),
  fleet: fc.record({ hubApiServer: baseUrl(["https"]), spokes: spokesArbitrary }),
  canvas: fc.record({
    sessionSecret: wildSecret(16),
    impersonation: impersonationArbitrary,
    branding: brandingArbitrary,
  }),
  configurationId: fc.uuid({ version: 4 }),
  identity: fullInstallIdentity,
  registry: registryArbitrary,
  install: installArbitrary,
  integrations: integrationsArbitrary,
});

const gkeConfig: fc.Arbitrary<ConfigOf<"gke">> = fc
  .tuple(fullInstallSections, fc.oneof(fc.constant(""), gcpResourceName))
  .map(([sections, staticIpName]) => ({
    target: "gke",
    ...sections,
    canvas: { ...sections.canvas, staticIpName },
  }));

function ingressTargetConfig<T extends IngressTargetId>(target: T): fc.Arbitrary<ConfigOf<T>> {
  return fc.tuple(fullInstallSections, ingressArbitrary).map(([sections, ingress]) => {
    // Zot behind the main Ingress needs ingress-nginx's rewrite, which an ALB does not do.
    const isAlbWithZotIngress =
      ingress.className === ALB_INGRESS_CLASS && sections.registry.mode === "zot-ingress";
    const className = isAlbWithZotIngress ? "nginx" : ingress.className;
    return { target, ...sections, ingress: { ...ingress, className } } as ConfigOf<T>;
  });
}

/**
 * Without a root domain nothing can be derived: connectors' redirect URIs and local users'
 * emails are typed. With static users disabled, a connector is the only way in.
 */
function applianceConfig(domain: fc.Arbitrary<string>, hasDomain: boolean) {
  const needsRedirectUri = !hasDomain;
  const users = (maxLength: number) =>
    localUsersArbitrary({ minLength: 0, maxLength, canDeriveEmail: hasDomain });
  const identity = fc.oneof(
    fc.record({
      staticUsersDisabled: fc.constant(true),
      connectors: connectors(1, { needsRedirectUri }),
      localUsers: users(2),
    }),
    fc.record({
      staticUsersDisabled: fc.constant(false),
      connectors: connectors(0, { needsRedirectUri }),
      localUsers: users(3),
    }),
  );
  return fc.record({
    target: fc.constant("appliance" as const),
    configurationId: fc.uuid({ version: 4 }),
    global: fc.record({ domain, metrics: metricsAgentArbitrary }),
    fleet: fc.record({ spokes: spokesArbitrary }),
    canvas: fc.record({ impersonation: impersonationArbitrary, branding: brandingArbitrary }),
    identity,
    install: installArbitrary,
    integrations: integrationsArbitrary,
  });
}

const CONFIG_ARBITRARIES: { [T in TargetId]: fc.Arbitrary<ConfigOf<T>> } = {
  gke: gkeConfig,
  eks: ingressTargetConfig("eks"),
  "aws-iaas": ingressTargetConfig("aws-iaas"),
  kubernetes: ingressTargetConfig("kubernetes"),
  appliance: fc.oneof(applianceConfig(fc.constant(""), false), applianceConfig(domainName, true)),
};

/** Random valid configurations of `target`. */
export function configArbitrary<T extends TargetId>(target: T): fc.Arbitrary<ConfigOf<T>> {
  return CONFIG_ARBITRARIES[target];
}
