/**
 * What the PaletteAI docs name, as key paths, for tests that check Easel invents no chart key.
 */

/**
 * Every key path the values may contain: the keys the GKE guide sets, plus the registry, probe,
 * impersonation and branding keys other PaletteAI pages name (the appliance table, the branding
 * page). Nothing else.
 */
export const DOCUMENTED_KEY_PATHS = new Set([
  "global.dns.domain",
  "global.auditLogging.basicAuth.username",
  "global.auditLogging.basicAuth.password",
  "global.metrics.prometheusBaseUrl",
  "global.metrics.timeout",
  "global.metrics.scrapeInterval",
  "global.metrics.agentType",
  "global.metrics.username",
  "global.metrics.password",
  "global.kubernetesProvider",
  "fleetConfig.hub.apiServer",
  "fleetConfig.spokes[].name",
  "fleetConfig.spokes[].klusterlet.forceInternalEndpointLookup",
  "fleetConfig.spokes[].kubeconfig.inCluster",
  "fleetConfig.spokes[].kubeconfig.context",
  "fleetConfig.spokes[].kubeconfig.secretReference.name",
  "fleetConfig.spokes[].kubeconfig.secretReference.kubeconfigKey",
  "canvas.ingress.enabled",
  "canvas.ingress.annotations",
  "canvas.ingress.annotations.*",
  "canvas.ingress.ingressClassName",
  "canvas.ingress.domain",
  "canvas.ingress.matchAllHosts",
  "canvas.ingress.tls",
  "canvas.ingress.tls[].hosts[]",
  "canvas.ingress.tls[].secretName",
  "canvas.ingress.paths[].path",
  "canvas.ingress.paths[].pathType",
  "canvas.ingress.paths[].backend.service.name",
  "canvas.ingress.paths[].backend.service.port.number",
  "canvas.enableHTTP",
  "canvas.oidc.sessionSecret",
  "canvas.oidc.sessionDir",
  "canvas.oidc.issuerK8sService",
  "canvas.oidc.skipSSLCertificateVerification",
  "canvas.oidc.redirectURL",
  "dex.config.issuer",
  "dex.config.connectors[].type",
  "dex.config.connectors[].id",
  "dex.config.connectors[].name",
  "dex.config.connectors[].config.*",
  "dex.config.staticClients[].id",
  "dex.config.staticClients[].redirectURIs[]",
  "dex.config.staticClients[].name",
  "dex.config.staticClients[].secret",
  "dex.config.staticClients[].public",
  "dex.config.staticClients[].trustedPeers[]",
  "dex.config.staticPasswords[].email",
  "dex.config.staticPasswords[].hash",
  "dex.config.staticPasswords[].username",
  "dex.config.staticPasswords[].userID",
  "dex.volumes[].name",
  "dex.volumes[].secret.secretName",
  "dex.volumeMounts[].mountPath",
  "dex.volumeMounts[].name",
  "dex.volumeMounts[].readOnly",
  "dex.service.annotations.cloud.google.com/backend-config",
  "dex.ingress.enabled",
  "flux2.policies.create",
  "ingress-nginx.enabled",
  "zot.ingress.enabled",
  "zot.ingress.annotations.nginx.ingress.kubernetes.io/use-regex",
  "zot.ingress.annotations.nginx.ingress.kubernetes.io/rewrite-target",
  "zot.ingress.hosts[].host",
  "zot.ingress.hosts[].paths[].path",
  "zot.httpGet.scheme",
  "zot.configFiles.config.json",
  "zot.secretFiles.htpasswd",
  "zot.service.type",
  "zot.enabled",
  "fleetConfig.spokes[].ociRegistry.endpoint",
  "fleetConfig.spokeValuesOverrides.hue.ociRegistry.endpoint",
  "hue.ociRegistry.endpoint",
  "canvas.branding.primaryLogo",
  "canvas.branding.secondaryLogo",
  "canvas.impersonationProxy.enabled",
  "canvas.impersonationProxy.userMode",
  "canvas.impersonationProxy.groupsMode",
  "canvas.impersonationProxy.userMap.*",
  "canvas.impersonationProxy.groupMap.*",
  "canvas.impersonationProxy.dexGroupMap.*",
  "alertmanager.livenessProbe.httpGet.httpHeaders[].name",
  "alertmanager.livenessProbe.httpGet.httpHeaders[].value",
  "alertmanager.readinessProbe.httpGet.httpHeaders[].name",
  "alertmanager.readinessProbe.httpGet.httpHeaders[].value",
]);

/** Maps whose keys are the admin's data (emails, group names), not chart keys. */
const DATA_MAPS = new Set([
  // Each connector type's keys are checked against Dex's own in lib/values-builders/dex-connectors.test.ts.
  "dex.config.connectors[].config",
  "canvas.ingress.annotations",
  "canvas.impersonationProxy.userMap",
  "canvas.impersonationProxy.groupMap",
  "canvas.impersonationProxy.dexGroupMap",
]);

/** Leaf key paths of `value`; list items collapse to `[]`, data maps to `.*`, empty ones are leaves. */
export function keyPaths(value: unknown, prefix = ""): string[] {
  if (DATA_MAPS.has(prefix)) return [`${prefix}.*`];
  if (Array.isArray(value)) {
    return value.length === 0 ? [prefix] : value.flatMap((item) => keyPaths(item, `${prefix}[]`));
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [prefix];
    return entries.flatMap(([key, child]) =>
      keyPaths(child, prefix === "" ? key : `${prefix}.${key}`),
    );
  }
  return [prefix];
}

/** The key paths of `values` that no PaletteAI page names. */
export function keysOutsideDocs(values: unknown): string[] {
  return keyPaths(values).filter((path) => !DOCUMENTED_KEY_PATHS.has(path));
}
