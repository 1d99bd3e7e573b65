import { describe, expect, it } from "vitest";

import { validGkeConfig } from "@/lib/test-support/gke-config";

import { maskSecrets, SECRET_MASK } from "./secret-paths";

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

  it("does not touch the original", () => {
    const config = validGkeConfig();
    const secret = config.canvas.sessionSecret;
    maskSecrets(config);
    expect(config.canvas.sessionSecret).toBe(secret);
  });
});
