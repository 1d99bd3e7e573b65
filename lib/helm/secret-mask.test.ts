import { describe, expect, it } from "vitest";

import { MASK, secretMask } from "./secret-mask";

describe("secretMask", () => {
  it("masks a secret as given, in base64 and JSON-escaped", () => {
    const secret = 'pa"ss\nword';
    const mask = secretMask([secret]);
    const base64 = Buffer.from(secret).toString("base64");
    expect(mask(`raw ${secret} b64 ${base64} json ${JSON.stringify(secret)}`)).toBe(
      `raw ${MASK} b64 ${MASK} json "${MASK}"`,
    );
  });

  it("masks a secret that contains another whole, and ignores empty secrets", () => {
    const mask = secretMask(["", "abc", "xxabcxx"]);
    expect(mask("a xxabcxx b abc")).toBe(`a ${MASK} b ${MASK}`);
    expect(mask("nothing here")).toBe("nothing here");
  });
});
