import { ZOT_HTPASSWD_PATH, ZOT_PORT } from "./constants";

/**
 * The htpasswd lines of the GKE guide's example. The guide says to add users to them, which keeps
 * working whatever in the chart authenticates as these users.
 */
export const GUIDE_HTPASSWD_LINES = [
  "admin:$2y$05$vmiurPmJvHylk78HHFWuruFFVePlit9rZWGA/FbZfTEmNRneGJtha",
  "user:$2y$05$L86zqQDfH5y445dcMlwu6uHv.oXFgT6AiJCwpv3ehr7idc0rI3S2G",
] as const;

/**
 * Zot's config.json as the GKE guide gives it, with the `tls` section removed because TLS ends
 * at the load balancer. Zot rejects unknown keys and wants `port` as a string.
 */
export function zotConfigJson(): string {
  const config = {
    storage: { rootDirectory: "/var/lib/registry" },
    http: {
      address: "0.0.0.0",
      port: ZOT_PORT,
      auth: { failDelay: 5, htpasswd: { path: ZOT_HTPASSWD_PATH } },
    },
    extensions: { search: { enable: true }, ui: { enable: false } },
    log: { level: "debug" },
  };
  return JSON.stringify(config, null, 2);
}

/** htpasswd file content: one `user:hash` line each, in the order given. */
export function htpasswdText(lines: readonly string[]): string {
  return lines.join("\n");
}
