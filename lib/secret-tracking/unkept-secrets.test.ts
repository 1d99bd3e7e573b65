import { describe, expect, it } from "vitest";

import { validConfig } from "@/test/support/target-config";

import { hasUnkeptSecrets, keptSecretValues } from "./unkept-secrets";

function kept(...values: string[][]): Set<string> {
  return new Set(values.flat());
}

describe("which secrets leaving the page would lose", () => {
  it("a fresh form's generated secrets, until a file holding them is saved", () => {
    const config = validConfig("gke");
    expect(hasUnkeptSecrets(config, new Set())).toBe(true);
    expect(hasUnkeptSecrets(config, kept(keptSecretValues(config, "install.sh")))).toBe(true);
    expect(hasUnkeptSecrets(config, kept(keptSecretValues(config, "values.yaml")))).toBe(false);
    expect(hasUnkeptSecrets(config, kept(keptSecretValues(config, "bundle")))).toBe(false);
    expect(hasUnkeptSecrets(config, kept(keptSecretValues(config, "profile")))).toBe(false);
  });

  it("a secret of secrets.yaml is kept by secrets.yaml, not by values.yaml", () => {
    const config = validConfig("gke");
    config.integrations.huggingFace.token = "hf_an-uploaded-token";
    const values = keptSecretValues(config, "values.yaml");
    expect(values).not.toContain("hf_an-uploaded-token");
    expect(hasUnkeptSecrets(config, kept(values))).toBe(true);
    expect(hasUnkeptSecrets(config, kept(values, keptSecretValues(config, "secrets.yaml")))).toBe(
      false,
    );
  });

  it("a secret changed since the last download counts again", () => {
    const config = validConfig("gke");
    const saved = kept(keptSecretValues(config, "bundle"));
    config.canvas.sessionSecret = "a-new-session-secret-typed-by-hand";
    expect(hasUnkeptSecrets(config, saved)).toBe(true);
  });

  it("nothing to lose when the form holds no secret", () => {
    const config = validConfig("appliance");
    config.identity.localUsers = [];
    expect(hasUnkeptSecrets(config, new Set())).toBe(false);
  });
});
