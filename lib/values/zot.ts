import type { ZotValues } from "@/lib/chart/values";
import { GUIDE_HTPASSWD_LINES, htpasswdText, zotConfigJson } from "@/lib/chart/zot";
import type { RegistrySection } from "@/lib/schemas/sections/registry";

/**
 * `zot` served through the main domain's Ingress: `<domain>/zot/*` reaches Zot with `/zot`
 * stripped, and Zot owns `<domain>/v2`. TLS ends at the load balancer, so probes use HTTP.
 */
export function buildZotValues(registry: RegistrySection, domain: string): ZotValues {
  const lines = [
    ...(registry.keepGuideUsers ? GUIDE_HTPASSWD_LINES : []),
    ...registry.users.map((user) => `${user.username}:${user.hash}`),
  ];
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
    secretFiles: { htpasswd: htpasswdText(lines) },
  };
}
