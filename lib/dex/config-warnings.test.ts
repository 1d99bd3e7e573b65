import { describe, expect, it } from "vitest";

import { dexConfigWarnings } from "./config-warnings";

const HASH = `$2a$12$${"a".repeat(53)}`;

describe("dexConfigWarnings", () => {
  it("finds nothing in a sound configuration", () => {
    expect(
      dexConfigWarnings({
        connectors: [{ type: "oidc", id: "aws", config: { clientSecret: "plain", scopes: ["a"] } }],
        staticClients: [{ id: "mural", public: false, secret: "s" }],
        staticPasswords: [{ email: "a@acme.io", hash: HASH }],
      }),
    ).toEqual([]);
  });

  it("reports each surprise at its path", () => {
    const warnings = dexConfigWarnings({
      connectors: [
        {
          type: "ldap",
          id: "ldap",
          config: { bindPW: "pa$word", userSearch: { filter: "(uid=$USER)" } },
        },
        { type: "oidc", id: "ldap", config: {} },
      ],
      staticClients: [{ id: "cli", public: true, secret: "s" }],
      staticPasswords: [
        { email: "Admin@acme.io", hash: HASH },
        { email: "admin@ACME.io", hash: `$2a$05$${"a".repeat(53)}` },
      ],
    });
    expect(warnings.map((warning) => warning.path.join("."))).toEqual([
      "connectors.0.config.bindPW",
      "connectors.0.config.userSearch.filter",
      "connectors.1.id",
      "staticPasswords.1.email",
      "staticClients.0.secret",
      "staticPasswords.1.hash",
    ]);
    expect(warnings[0]?.message).toContain('A "$" in this secret');
    expect(warnings[0]?.message).not.toContain("$word");
    expect(warnings[1]?.message).toContain('"$USER"');
    expect(warnings[5]?.message).toContain("cost 5");
  });

  it("ignores shapes it does not know rather than failing", () => {
    expect(dexConfigWarnings({ connectors: "x", staticPasswords: [null, 3] })).toEqual([]);
    expect(dexConfigWarnings(undefined)).toEqual([]);
  });
});
