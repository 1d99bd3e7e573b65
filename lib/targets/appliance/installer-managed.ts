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

export type InstallerManagedField = {
  /** The chart key, as the table names it. */
  path: string;
  section: ManagedSection;
  /** What the installer puts there; `<root-domain>` stands for the domain set in Local UI. */
  value: string;
  condition: InstallerCondition;
};

const field = (
  path: string,
  section: ManagedSection,
  value: string,
  condition: InstallerCondition = "always",
): InstallerManagedField => ({ path, section, value, condition });

export const INSTALLER_MANAGED_FIELDS: readonly InstallerManagedField[] = [
  field("global.featureFlags.versioningType", "global", "semantic"),
  field("global.featureFlags.deploymentMode", "global", "connected or airgap, as installed"),
  field("global.dns.domain", "global", "<root-domain>", "root-domain"),
  field("global.dns.rootIngress.enabled", "global", "false"),
  field("global.metrics.grafanaUrl", "global", "derived from <root-domain>", "root-domain"),
  field("global.metrics.prometheusBaseUrl", "global", "derived from <root-domain>", "root-domain"),
  field("global.metrics.username", "global", "a generated Prometheus credential", "root-domain"),
  field("global.metrics.password", "global", "a generated Prometheus credential", "root-domain"),
  field("global.auditLogging.basicAuth.username", "global", "a generated Alertmanager credential"),
  field("global.auditLogging.basicAuth.password", "global", "a generated Alertmanager credential"),
  field("ingress-nginx.enabled", "components", "false"),
  field("traefik.enabled", "components", "false"),
  field("cert-manager.enabled", "components", "false"),
  field("flux2.enabled", "components", "false"),
  field("zot.enabled", "components", "false"),
  field("brush.certManager.enabled", "components", "false"),
  field("brush.mural.source", "components", "the appliance's internal Zot", "airgap"),
  field("brush.muralCrds.source", "components", "the appliance's internal Zot", "airgap"),
  field("fleetConfig.enabled", "fleet", "true"),
  field("fleetConfig.hub.apiServer", "fleet", "https://<root-domain>:6443", "root-domain"),
  field("fleetConfig.spokeValuesOverrides", "fleet", "generated spoke configuration"),
  field("fleetConfig.spokes[0].ociRegistry", "fleet", "the appliance's internal Zot", "airgap"),
  field("hue.ociRegistry", "components", "the appliance's internal Zot", "airgap"),
  field("canvas.ingress.enabled", "canvas", "true"),
  field("canvas.ingress.matchAllHosts", "canvas", "true"),
  field("canvas.enableHTTP", "canvas", "true"),
  field("canvas.oidc.redirectURL", "canvas", "https://<root-domain>/ai/callback", "root-domain"),
  field("dex.ingress.enabled", "identity", "false"),
  field("dex.config.issuer", "identity", "https://<root-domain>/dex", "root-domain"),
  field("dex.config.staticClients", "identity", "generated Dex clients", "root-domain"),
  field("dex.config.staticPasswords", "identity", "cleared", "static-users-disabled"),
  field(
    "alertmanager.livenessProbe.httpGet.httpHeaders",
    "components",
    "a generated Basic authentication header",
  ),
  field(
    "alertmanager.readinessProbe.httpGet.httpHeaders",
    "components",
    "a generated Basic authentication header",
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
