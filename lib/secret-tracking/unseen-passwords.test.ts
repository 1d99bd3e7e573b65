import { describe, expect, it } from "vitest";

import { newLocalUser } from "@/lib/targets/install-defaults";
import { renewGuideUsers } from "@/lib/values-builders/guide-registry-users";
import { SAMPLE_DEX_HASH, validConfig } from "@/test/support/target-config";

import { localUserName, unseenGeneratedPasswords } from "./unseen-passwords";

function configWith(...users: ReturnType<typeof newLocalUser>[]) {
  const config = validConfig("gke", { domain: "ai.acme.io" });
  config.identity.localUsers = users;
  return config;
}

describe("which local users' generated passwords nobody saw", () => {
  it("names every user whose generated password was neither revealed, copied nor typed", () => {
    const admin = newLocalUser("admin");
    const ops = { ...newLocalUser("ops"), email: "ops@corp.example" };
    expect(unseenGeneratedPasswords(configWith(admin, ops), new Set())).toEqual([
      { name: "admin (admin@ai.acme.io)", password: admin.password },
      { name: "ops (ops@corp.example)", password: ops.password },
    ]);
  });

  it("leaves out a password once seen, whatever the user's place in the list", () => {
    const admin = newLocalUser("admin");
    const ops = newLocalUser("ops");
    const seen = new Set([ops.password]);
    expect(unseenGeneratedPasswords(configWith(ops, admin), seen).map((u) => u.name)).toEqual([
      "admin (admin@ai.acme.io)",
    ]);
  });

  it("counts a regenerated password as unseen again", () => {
    const admin = newLocalUser("admin");
    const seen = new Set([admin.password]);
    const regenerated = { ...admin, password: "a-fresh-generated-password" };
    expect(unseenGeneratedPasswords(configWith(regenerated), seen)).toHaveLength(1);
  });

  it("never asks about an imported hash, an empty password, or users the appliance clears", () => {
    const imported = { ...newLocalUser("admin"), isHashImported: true, hash: SAMPLE_DEX_HASH };
    const empty = { ...newLocalUser("ops"), password: "", passwordConfirmation: "" };
    expect(unseenGeneratedPasswords(configWith(imported, empty), new Set())).toEqual([]);
    const appliance = validConfig("appliance");
    expect(unseenGeneratedPasswords(appliance, new Set())).toHaveLength(1);
    appliance.identity.staticUsersDisabled = true;
    expect(unseenGeneratedPasswords(appliance, new Set())).toEqual([]);
  });

  it("names a user without a domain or email by user name alone", () => {
    expect(localUserName({ username: "admin", email: "" }, "")).toBe("admin");
    expect(localUserName({ username: "admin", email: "a@b.example" }, "")).toBe(
      "admin (a@b.example)",
    );
  });

  it("asks about the bundled Zot's registry users too, such as the guide's renewed ones", () => {
    const config = configWith();
    config.registry = renewGuideUsers(config.registry);
    const [admin, user] = config.registry.users.map((entry) => entry.password);
    expect(unseenGeneratedPasswords(config, new Set([user ?? ""]))).toEqual([
      { name: "registry user admin", password: admin },
    ]);
    // An external registry replaces Zot: its users are not written, so nothing is lost.
    config.registry.mode = "external";
    expect(unseenGeneratedPasswords(config, new Set())).toEqual([]);
  });
});
