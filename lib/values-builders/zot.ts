import type { ZotValues } from "@/lib/chart/values-shape";
import { GUIDE_HTPASSWD_LINES, htpasswdText, zotConfigJson } from "@/lib/chart/zot";
import type { RegistrySection } from "@/lib/schemas/sections/registry";

function htpasswd(registry: RegistrySection): string {
  return htpasswdText([
    ...(registry.keepGuideUsers ? GUIDE_HTPASSWD_LINES : []),
    ...registry.users.map((user) => `${user.username}:${user.hash}`),
  ]);
}

/**
 * `zot`, per the guide's three setups. Behind the main domain's Ingress, `<domain>/zot/*` reaches
 * Zot with `/zot` stripped and Zot owns `<domain>/v2`; TLS ends at the load balancer, so probes use
 * HTTP and config.json has no `tls`. On its own load balancer Zot ends TLS itself, so the chart's
 * own config.json and probe scheme stay. With an external registry the bundled Zot is off.
 */
export function buildZotValues(registry: RegistrySection, domain: string): ZotValues {
  switch (registry.mode) {
    case "external":
      return { enabled: false };
    case "zot-load-balancer":
      return {
        ingress: { enabled: false },
        service: { type: "LoadBalancer" },
        secretFiles: { htpasswd: htpasswd(registry) },
      };
    case "zot-ingress":
      return {
        ingress: {
          enabled: true,
          annotations: {
            "nginx.ingress.kubernetes.io/use-regex": "true",
            "nginx.ingress.kubernetes.io/rewrite-target": "/$1",
          },
          hosts: [{ host: domain, paths: [{ path: "/zot/(.*)" }] }],
        },
        httpGet: { scheme: "HTTP" },
        configFiles: { "config.json": zotConfigJson() },
        secretFiles: { htpasswd: htpasswd(registry) },
      };
  }
}
