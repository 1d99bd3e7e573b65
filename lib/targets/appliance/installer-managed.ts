/**
 * The appliance guide's Installer-Managed Fields table: fields the installer sets on every run,
 * whatever the host file says. Easel never writes them into the appliance's values file.
 */

/**
 * When the installer overrides a field: always; only once a root domain is set in Local UI (the
 * table's `*`); only in airgap mode; only while "Disable Static Dex Users" is on (the table's `†`).
 */
export type InstallerCondition = "always" | "root-domain" | "airgap" | "static-users-disabled";

/** The form section a managed field is shown in, read-only. */
export type ManagedSection = "global" | "fleet" | "canvas" | "identity" | "components";

/**
 * The installer's merge layer that sets a field: `runtime` values derive from Local UI settings
 * (domain-derived URLs, generated credentials, registry settings); `system` overrides are
 * hardcoded (component flags, the deployment mode) and win over everything.
 */
export type InstallerLayer = "runtime" | "system";

/**
 * What a field ends up holding: a fixed value; a URL built from the root domain; the deployment
 * mode chosen at install; an empty list; or something the installer generates, which Easel never
 * guesses.
 */
export type InstallerResult =
  | { kind: "fixed"; value: string | boolean }
  | { kind: "root-domain"; template: string }
  | { kind: "deployment-mode" }
  | { kind: "cleared" }
  | { kind: "generated" };

export type InstallerManagedField = {
  /** The chart key, as the table names it. */
  path: string;
  section: ManagedSection;
  /** What the installer puts there, in words; `<root-domain>` stands for Local UI's domain. */
  value: string;
  condition: InstallerCondition;
  layer: InstallerLayer;
  result: InstallerResult;
};

const generated = { kind: "generated" } as const;
const fixed = (value: string | boolean) => ({ kind: "fixed", value }) as const;
const fromRootDomain = (template: string) => ({ kind: "root-domain", template }) as const;

function field(
  path: string,
  section: ManagedSection,
  value: string,
  how: { layer: InstallerLayer; result: InstallerResult; condition?: InstallerCondition },
): InstallerManagedField {
  const { layer, result, condition = "always" } = how;
  return { path, section, value, condition, layer, result };
}

/** A component flag or fixed setting the installer hardcodes. */
const system = (value: string | boolean) => ({ layer: "system", result: fixed(value) }) as const;
/** A credential or configuration the installer generates on every run. */
const runtimeGenerated = (condition?: InstallerCondition) =>
  ({ layer: "runtime", result: generated, condition }) as const;
/** Registry settings pointing at the appliance's own Zot, which only airgap installs get. */
const internalZot = (path: string, section: ManagedSection) =>
  field(path, section, "the appliance's internal Zot", runtimeGenerated("airgap"));
/** A URL the installer builds from the root domain, once one is set. */
const rootDomainUrl = (template: string) =>
  ({ layer: "runtime", result: fromRootDomain(template), condition: "root-domain" }) as const;

export const INSTALLER_MANAGED_FIELDS: readonly InstallerManagedField[] = [
  field("global.featureFlags.versioningType", "global", "semantic", system("semantic")),
  field("global.featureFlags.deploymentMode", "global", "connected or airgap, as installed", {
    layer: "system",
    result: { kind: "deployment-mode" },
  }),
  field("global.dns.domain", "global", "<root-domain>", rootDomainUrl("<root-domain>")),
  field("global.dns.rootIngress.enabled", "global", "false", system(false)),
  // The docs say "derived from root domain" without the URL: its exact form is not guessed.
  field(
    "global.metrics.grafanaUrl",
    "global",
    "derived from <root-domain>",
    runtimeGenerated("root-domain"),
  ),
  field(
    "global.metrics.prometheusBaseUrl",
    "global",
    "derived from <root-domain>",
    runtimeGenerated("root-domain"),
  ),
  field(
    "global.metrics.username",
    "global",
    "a generated Prometheus credential",
    runtimeGenerated("root-domain"),
  ),
  field(
    "global.metrics.password",
    "global",
    "a generated Prometheus credential",
    runtimeGenerated("root-domain"),
  ),
  field(
    "global.auditLogging.basicAuth.username",
    "global",
    "a generated Alertmanager credential",
    runtimeGenerated(),
  ),
  field(
    "global.auditLogging.basicAuth.password",
    "global",
    "a generated Alertmanager credential",
    runtimeGenerated(),
  ),
  field("ingress-nginx.enabled", "components", "false", system(false)),
  field("traefik.enabled", "components", "false", system(false)),
  field("cert-manager.enabled", "components", "false", system(false)),
  field("flux2.enabled", "components", "false", system(false)),
  field("zot.enabled", "components", "false", system(false)),
  field("brush.certManager.enabled", "components", "false", system(false)),
  internalZot("brush.mural.source", "components"),
  internalZot("brush.muralCrds.source", "components"),
  field("fleetConfig.enabled", "fleet", "true", system(true)),
  field(
    "fleetConfig.hub.apiServer",
    "fleet",
    "https://<root-domain>:6443",
    rootDomainUrl("https://<root-domain>:6443"),
  ),
  field(
    "fleetConfig.spokeValuesOverrides",
    "fleet",
    "generated spoke configuration",
    runtimeGenerated(),
  ),
  internalZot("fleetConfig.spokes[0].ociRegistry", "fleet"),
  internalZot("hue.ociRegistry", "components"),
  field("canvas.ingress.enabled", "canvas", "true", system(true)),
  field("canvas.ingress.matchAllHosts", "canvas", "true", system(true)),
  field("canvas.enableHTTP", "canvas", "true", system(true)),
  field(
    "canvas.oidc.redirectURL",
    "canvas",
    "https://<root-domain>/ai/callback",
    rootDomainUrl("https://<root-domain>/ai/callback"),
  ),
  field("dex.ingress.enabled", "identity", "false", system(false)),
  field(
    "dex.config.issuer",
    "identity",
    "https://<root-domain>/dex",
    rootDomainUrl("https://<root-domain>/dex"),
  ),
  field(
    "dex.config.staticClients",
    "identity",
    "generated Dex clients",
    runtimeGenerated("root-domain"),
  ),
  field("dex.config.staticPasswords", "identity", "cleared", {
    layer: "runtime",
    result: { kind: "cleared" },
    condition: "static-users-disabled",
  }),
  field(
    "alertmanager.livenessProbe.httpGet.httpHeaders",
    "components",
    "a generated Basic authentication header",
    runtimeGenerated(),
  ),
  field(
    "alertmanager.readinessProbe.httpGet.httpHeaders",
    "components",
    "a generated Basic authentication header",
    runtimeGenerated(),
  ),
];

export const CONDITION_REASONS: Record<InstallerCondition, string> = {
  always: "Always set by the installer.",
  "root-domain": "Set by the installer once a root domain is configured in Local UI.",
  airgap: "Set by the installer in airgap mode only.",
  "static-users-disabled": 'Cleared while "Disable Static Dex Users" is on in Local UI.',
};

/** What the installer puts in a managed field, with the root domain filled in when known. */
export function installerValue(field: InstallerManagedField, rootDomain: string): string {
  return rootDomain === "" ? field.value : field.value.replaceAll("<root-domain>", rootDomain);
}
