import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { bcryptCost, DEX_BCRYPT_COST, dexHashProblem, ZOT_BCRYPT_COST } from "./format";
import { hashPassword } from "./hash";

const workDir = mkdtempSync(path.join(tmpdir(), "easel-bcrypt-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Asks Apache's htpasswd, an independent bcrypt implementation, whether `password` matches. */
function htpasswdVerifies(user: string, hash: string, password: string): boolean {
  const file = path.join(workDir, `${user}.htpasswd`);
  writeFileSync(file, `${user}:${hash}\n`);
  try {
    execFileSync("htpasswd", ["-v", "-i", file, user], {
      input: password,
      stdio: ["pipe", "ignore", "ignore"],
    });
    return true;
  } catch {
    return false;
  }
}

describe("hashPassword", () => {
  it.each([
    ["Dex", DEX_BCRYPT_COST],
    ["Zot", ZOT_BCRYPT_COST],
  ])("makes %s hashes that htpasswd verifies, at the chosen cost", async (_who, cost) => {
    const password = "Grüße: p@ss $word #1";
    const hash = await hashPassword(password, cost);
    expect(bcryptCost(hash)).toBe(cost);
    expect(htpasswdVerifies("admin", hash, password)).toBe(true);
    expect(htpasswdVerifies("admin", hash, `${password}x`)).toBe(false);
  });

  it("salts every hash differently", async () => {
    const [first, second] = await Promise.all([
      hashPassword("same password", 10),
      hashPassword("same password", 10),
    ]);
    expect(first).not.toBe(second);
  });

  it("gives Dex hashes a cost Dex accepts at login", async () => {
    expect(
      dexHashProblem(await hashPassword("any password here", DEX_BCRYPT_COST)),
    ).toBeUndefined();
  });
});
