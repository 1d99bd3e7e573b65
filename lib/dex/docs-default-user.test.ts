import { describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/bcrypt/hash";
import { SAMPLE_DEX_HASH } from "@/test/support/target-config";

import { DOCS_DEFAULT_USER, docsDefaultUserWarning } from "./docs-default-user";

describe("the docs' default user", () => {
  it("has the hash of its documented password", async () => {
    expect(await verifyPassword(DOCS_DEFAULT_USER.password, DOCS_DEFAULT_USER.hash)).toBe(true);
  });

  it("is flagged by its hash or its email, whatever the case", () => {
    expect(docsDefaultUserWarning("ops@acme.io", DOCS_DEFAULT_USER.hash)).toMatch(/example hash/);
    expect(docsDefaultUserWarning("Admin@Example.com", SAMPLE_DEX_HASH)).toMatch(/default user/);
    expect(docsDefaultUserWarning("admin@acme.io", SAMPLE_DEX_HASH)).toBeUndefined();
  });
});
