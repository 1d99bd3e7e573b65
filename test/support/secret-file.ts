import { newConnector } from "@/lib/schemas/sections/connectors-model";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { renderValuesFile } from "@/lib/targets/values-file";

import { everySecretGkeConfig } from "./every-secret-config";

/** A secret of the file under a key Easel does not know, named like a credential. */
export const UNKNOWN_TOKEN = "acme-unknown-token-7f3b9c1d";

/** A comment and an unknown key the file carries, which an export must keep. */
export const FILE_COMMENT = "# Acme's own settings, kept by hand";

/**
 * A GKE values file holding every secret Easel knows (audit and metrics passwords, the session
 * secret, both Dex client secrets, a connector's client secret and an LDAP bind password), an
 * unknown key named like a secret, a connector of a type the form does not configure before the
 * others (so the form's list indexes differ from the file's), comments and bcrypt hashes.
 */
export function everySecretFile(): { text: string; config: GkeConfig; secrets: string[] } {
  const config = everySecretGkeConfig();
  config.global.metrics.username = "metrics";
  config.global.metrics.password = "metrics-password-value";
  config.identity.connectors = [
    {
      ...newConnector("google", "google"),
      config: { clientID: "id", clientSecret: "secret" },
    },
    {
      ...newConnector("ldap", "ldap"),
      config: {
        host: "ldap.acme.org:636",
        bindDN: "cn=easel,dc=acme,dc=org",
        bindPW: "ldap-bind-password-value",
        userSearch: {
          baseDN: "ou=people,dc=acme,dc=org",
          username: "mail",
          idAttr: "uid",
          emailAttr: "mail",
        },
      },
    },
  ];
  const rendered = renderValuesFile(TARGET_MODULES.gke, config, new Date("2026-11-21T10:00:00Z"));
  const text = rendered
    .replace(
      "    connectors:\n",
      [
        "    connectors:",
        "      # The team's Keystone, which Easel does not configure",
        "      - type: keystone",
        "        id: keystone",
        "        name: Keystone",
        "        config:",
        "          domain: default",
        "",
      ].join("\n"),
    )
    .concat(`${FILE_COMMENT}\nacme:\n  apiToken: ${UNKNOWN_TOKEN}\n  region: eu-west-1\n`);
  const secrets = [
    config.global.auditLogging.password,
    "metrics-password-value",
    config.canvas.sessionSecret,
    config.identity.clients.muralSecret,
    config.identity.clients.kubernetesSecret,
    "ldap-bind-password-value",
    UNKNOWN_TOKEN,
    // The probes' Authorization header encodes the audit credentials.
    Buffer.from(`audit:${config.global.auditLogging.password}`).toString("base64"),
  ];
  return { text, config, secrets };
}
