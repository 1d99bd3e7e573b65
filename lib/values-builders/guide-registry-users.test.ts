import { describe, expect, it } from "vitest";

import { ZOT_BCRYPT_COST } from "@/lib/bcrypt/format";
import { hashPassword } from "@/lib/bcrypt/hash";
import { GUIDE_HTPASSWD_LINES } from "@/lib/chart/zot";
import { htpasswdVerifies } from "@/test/support/htpasswd";
import { validConfig } from "@/test/support/target-config";

import { keepsPublicGuidePasswords, renewGuideUsers } from "./guide-registry-users";
import { buildZotValues } from "./zot";

/** The htpasswd lines as `[user, hash]`, split at the first colon as Zot splits them. */
function htpasswdUsers(htpasswd: string | undefined): [string, string][] {
  return (htpasswd ?? "").split("\n").map((line) => {
    const colon = line.indexOf(":");
    return [line.slice(0, colon), line.slice(colon + 1)];
  });
}

describe("the guide's registry users", () => {
  it("have the zot chart's default passwords, admin and user, as htpasswd confirms", () => {
    const users = htpasswdUsers(GUIDE_HTPASSWD_LINES.join("\n"));
    expect(users.map(([user]) => user)).toEqual(["admin", "user"]);
    const [adminHash, userHash] = users.map(([, hash]) => hash);
    expect(htpasswdVerifies("admin", adminHash ?? "", "admin")).toBe(true);
    expect(htpasswdVerifies("user", userHash ?? "", "user")).toBe(true);
  });

  it("are kept, with their public passwords, only while the bundled Zot runs with them", () => {
    const config = validConfig("gke");
    expect(keepsPublicGuidePasswords(config.registry)).toBe(true);
    expect(keepsPublicGuidePasswords({ ...config.registry, mode: "external" })).toBe(false);
    expect(keepsPublicGuidePasswords(renewGuideUsers(config.registry))).toBe(false);
  });

  it("get new passwords: same names, hashes that verify with the new passwords and not the old", async () => {
    const config = validConfig("gke");
    config.registry.users = [{ username: "ci", password: "ci password", hash: "" }];
    config.registry = renewGuideUsers(config.registry);
    // Hashed as the form's worker hashes registry users.
    for (const user of config.registry.users) {
      user.hash = user.hash || (await hashPassword(user.password, ZOT_BCRYPT_COST));
    }
    const [admin, user] = config.registry.users as [
      { password: string },
      { password: string },
      ...unknown[],
    ];
    expect(admin.password).not.toBe(user.password);
    expect(admin.password).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const zot = buildZotValues(config.registry, "ai.acme.io");
    const lines = htpasswdUsers("secretFiles" in zot ? zot.secretFiles.htpasswd : undefined);
    expect(lines.map(([name]) => name)).toEqual(["admin", "user", "ci"]);
    for (const line of GUIDE_HTPASSWD_LINES) {
      expect(lines.map((pair) => pair.join(":"))).not.toContain(line);
    }
    const [adminHash, userHash, ciHash] = lines.map(([, hash]) => hash);
    expect(htpasswdVerifies("admin", adminHash ?? "", admin.password)).toBe(true);
    expect(htpasswdVerifies("user", userHash ?? "", user.password)).toBe(true);
    expect(htpasswdVerifies("admin", adminHash ?? "", "admin")).toBe(false);
    expect(htpasswdVerifies("user", userHash ?? "", "user")).toBe(false);
    expect(htpasswdVerifies("ci", ciHash ?? "", "ci password")).toBe(true);
  });

  it("are renewed once: a second renewal changes nothing", () => {
    const renewed = renewGuideUsers(validConfig("gke").registry);
    expect(renewGuideUsers(renewed)).toBe(renewed);
  });
});
