import { describe, expect, it } from "vitest";

import { htpasswdVerifies } from "@/lib/test-support/htpasswd";

import { bcryptCost, DEX_BCRYPT_COST, dexHashProblem, ZOT_BCRYPT_COST } from "./format";
import { hashPassword } from "./hash";

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
