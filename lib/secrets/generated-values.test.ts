import { describe, expect, it } from "vitest";

import { generatePassword, generateSecret, generateUuid } from "./generate";
import { isGenerated } from "./generated-values";

describe("values Easel generated", () => {
  it("knows each secret, password and UUID it made, and nothing typed", () => {
    for (const value of [generateSecret(), generatePassword(), generateUuid()]) {
      expect(isGenerated(value)).toBe(true);
      expect(isGenerated(`${value}x`)).toBe(false);
    }
    expect(isGenerated("")).toBe(false);
    expect(isGenerated("a password the admin typed")).toBe(false);
    expect(isGenerated(undefined)).toBe(false);
  });
});
