import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

import { htpasswdVerifies } from "@/test/support/htpasswd";

import {
  bcryptCost,
  DEX_BCRYPT_COST,
  DEX_SELECTABLE_COSTS,
  dexHashProblem,
  ZOT_BCRYPT_COST,
} from "./format";
import { hashPassword, verifyPassword } from "./hash";

describe("hashPassword", () => {
  it.each([
    ...DEX_SELECTABLE_COSTS.map((cost) => [`Dex (cost ${cost})`, cost] as const),
    ["Zot", ZOT_BCRYPT_COST] as const,
  ])(
    "makes %s hashes that htpasswd verifies, at the chosen cost",
    async (_who, cost) => {
      const password = "Grüße: p@ss $word #1";
      const hash = await hashPassword(password, cost);
      expect(bcryptCost(hash)).toBe(cost);
      expect(htpasswdVerifies("admin", hash, password)).toBe(true);
      expect(htpasswdVerifies("admin", hash, `${password}x`)).toBe(false);
    },
    60_000,
  ); // cost 14 takes seconds on purpose, three times over

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

  it("accepts a hash htpasswd made, as a pasted hash is", async () => {
    const line = execFileSync("htpasswd", ["-nbBC", "11", "ops", "made elsewhere"]).toString();
    const hash = line.trim().slice("ops:".length);
    expect(dexHashProblem(hash)).toBeUndefined();
    expect(bcryptCost(hash)).toBe(11);
    expect(await verifyPassword("made elsewhere", hash)).toBe(true);
  });
});
