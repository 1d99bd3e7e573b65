import { describe, expect, it } from "vitest";

import { generatePassword, generateSecret, generateUuid } from "./generate";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("secret generation", () => {
  it("makes 43-character base64url secrets with no character YAML, Dex or Basic auth treat specially", () => {
    const secrets = Array.from({ length: 200 }, generateSecret);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it("makes 24-character passwords", () => {
    expect(generatePassword()).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("makes version 4 UUIDs", () => {
    expect(generateUuid()).toMatch(UUID_V4);
  });

  it("makes version 4 UUIDs from random bytes where randomUUID is missing (plain http pages)", () => {
    const randomUUID = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, "randomUUID", {
      value: undefined,
      configurable: true,
    });
    try {
      const ids = Array.from({ length: 200 }, generateUuid);
      for (const id of ids) expect(id).toMatch(UUID_V4);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      Object.defineProperty(globalThis.crypto, "randomUUID", {
        value: randomUUID,
        configurable: true,
      });
    }
  });
});
