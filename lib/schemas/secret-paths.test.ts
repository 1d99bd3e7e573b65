import { describe, expect, it } from "vitest";

import { maskSecrets, withoutSecrets } from "@/lib/schemas/secret-paths";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { validGkeConfig } from "@/test/support/gke-config";

describe("maskSecrets", () => {
  it("masks every secret and leaves everything else", () => {
    const config = validGkeConfig();
    config.registry.users = [{ username: "ci", password: "registry-password", hash: "h" }];
    const masked = maskSecrets(config);
    expect(masked.global.auditLogging.password).toBe(SECRET_MASK);
    expect(masked.canvas.sessionSecret).toBe(SECRET_MASK);
    expect(masked.identity.clients).toEqual({
      muralSecret: SECRET_MASK,
      kubernetesSecret: SECRET_MASK,
    });
    expect(masked.identity.localUsers[0]?.password).toBe(SECRET_MASK);
    expect(masked.registry.users[0]).toEqual({ username: "ci", password: SECRET_MASK, hash: "h" });
    expect(masked.global.metrics.password).toBe("");
    expect(masked.global.domain).toBe(config.global.domain);
  });

  it("masks an LDAP connector's client key, and keeps it out of drafts", () => {
    const config = validGkeConfig();
    config.identity.connectors = [
      {
        ...newConnector("ldap", "ldap"),
        config: { clientCert: "/etc/dex/ldap.crt", clientKey: "/etc/dex/ldap.key" },
      },
    ];
    expect(maskSecrets(config).identity.connectors[0]?.config).toEqual({
      clientCert: "/etc/dex/ldap.crt",
      clientKey: SECRET_MASK,
    });
    expect(withoutSecrets(config).identity.connectors[0]?.config.clientKey).toBe("");
  });

  it("does not touch the original", () => {
    const config = validGkeConfig();
    const secret = config.canvas.sessionSecret;
    maskSecrets(config);
    expect(config.canvas.sessionSecret).toBe(secret);
  });
});
