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
          config: {
            bindDN: "cn=easel",
            bindPW: "pa$word",
            userSearch: { filter: "(uid=$USER)", emailAttr: "mail" },
          },
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

  // The form's connector rules (lib/dex/connectors/rules.ts), on the file's own values:
  // connector/saml/saml.go (CAData []byte: Go's base64, else cmd/dex/config.go fails the whole
  // configuration; nameIDFormatLookup; HandlePOST refusing allowedGroups without groupsAttr) and
  // connector/ldap/ldap.go (groups() needing nameAttr, userMatchers(), openConnector's port).
  it("reports the form's connector rules at the file's paths", () => {
    const warnings = dexConfigWarnings({
      connectors: [
        {
          type: "saml",
          id: "saml",
          config: {
            caData: "TUlJ Qw==",
            nameIDPolicyFormat: "Persistent",
            allowedGroups: ["admins"],
          },
        },
        {
          type: "ldap",
          id: "ldap",
          config: {
            host: "ldap.acme.io",
            startTLS: true,
            userSearch: { emailAttr: "mail" },
            groupSearch: { baseDN: "ou=groups", userMatchers: [{ userAttr: "DN" }] },
          },
        },
        { type: "keystone", id: "keystone", config: { domain: "default" } },
      ],
    });
    expect(warnings.map((warning) => warning.path.join("."))).toEqual([
      "connectors.0.config.caData",
      "connectors.0.config.nameIDPolicyFormat",
      "connectors.0.config.groupsAttr",
      "connectors.1.config.groupSearch.nameAttr",
      "connectors.1.config.groupSearch.userMatchers.0.groupAttr",
      "connectors.1.config.host",
    ]);
    expect(warnings[0]?.message).toContain("does not start");
    expect(warnings[4]?.path).toEqual([
      "connectors",
      1,
      "config",
      "groupSearch",
      "userMatchers",
      0,
      "groupAttr",
    ]);
  });

  // connector/ldap/ldap.go (Open): without userMatchers, Dex matches users to groups by the
  // group search's own userAttr and groupAttr, so a file of that older shape is sound.
  it("takes an LDAP group search's older userAttr and groupAttr as its matcher", () => {
    const groupSearch = {
      baseDN: "ou=groups",
      nameAttr: "cn",
      userAttr: "DN",
      groupAttr: "member",
    };
    const ldap = {
      type: "ldap",
      id: "ldap",
      config: {
        host: "ldap.acme.io:636",
        userSearch: {
          baseDN: "ou=people",
          username: "uid",
          idAttr: "uid",
          emailAttr: "mail",
          nameAttr: "cn",
        },
        groupSearch,
      },
    };
    expect(dexConfigWarnings({ connectors: [ldap] })).toEqual([]);
    const withoutMatch = {
      ...ldap,
      config: { ...ldap.config, groupSearch: { baseDN: "ou=groups", nameAttr: "cn" } },
    };
    expect(
      dexConfigWarnings({ connectors: [withoutMatch] }).map((warning) => warning.message),
    ).toEqual(["Say how users match groups, or Dex finds no group."]);
  });

  it("ignores shapes it does not know rather than failing", () => {
    expect(dexConfigWarnings({ connectors: "x", staticPasswords: [null, 3] })).toEqual([]);
    expect(dexConfigWarnings(undefined)).toEqual([]);
  });
});
