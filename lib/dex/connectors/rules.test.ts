import { describe, expect, it } from "vitest";

import { connectorSchema, type Connector } from "@/lib/schemas/sections/connectors";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { issueLines } from "@/test/support/issue-lines";

import { connectorValue } from "./field-values";
import { CONNECTOR_SPECS, type ConnectorType } from "./index";
import { connectorWarnings } from "./rules";
import { NAME_ID_POLICY_FORMATS } from "./saml";
import type { ConnectorSettings } from "./types";

/** A connector of `type` with `config`, as the form and profiles hold it. */
function connector(type: ConnectorType, config: ConnectorSettings): Connector {
  return { ...newConnector(type, type), config };
}

/** The schema's lines (`path: message`, as the form and the CLI show them) at `path`. */
function linesAt(candidate: Connector, path: string): string[] {
  return issueLines(connectorSchema, candidate).filter((line) => line.startsWith(`${path}: `));
}

const SAML = {
  ssoURL: "https://idp.acme.io/sso",
  usernameAttr: "name",
  emailAttr: "email",
  caData: "TUlJQw==",
};

const LDAP = {
  host: "ldap.acme.io:636",
  userSearch: { baseDN: "ou=people,dc=acme", username: "uid", idAttr: "uid", emailAttr: "mail" },
};

describe("SAML", () => {
  // connector/saml/saml.go, `CAData []byte`: encoding/json decodes it with Go's StdEncoding, and a
  // failure fails cmd/dex/config.go's Connector.UnmarshalJSON, so Dex does not start.
  it.each(["TUlJ Qw==", "TUlJQw", "TUlJQw=", "-----BEGIN CERTIFICATE-----"])(
    "refuses caData %j, which Go's base64 cannot decode",
    (caData) => {
      expect(linesAt(connector("saml", { ...SAML, caData }), "config.caData")).toEqual([
        expect.stringContaining("Dex cannot decode this as base64"),
      ]);
    },
  );

  it("takes caData wrapped over lines, which Go skips", () => {
    const caData = "TUlJ\r\nQ0F6\nQ0NB";
    expect(issueLines(connectorSchema, connector("saml", { ...SAML, caData }))).toEqual([]);
  });

  // connector/saml/saml.go, Open: `nameIDFormatLookup` holds the nine URNs and their last
  // segments; any other value (case included) is "invalid nameIDPolicyFormat".
  it("offers the nine formats and their short forms as a choice, and refuses others", () => {
    const field = CONNECTOR_SPECS.saml.fields.find((f) => f.key === "nameIDPolicyFormat");
    expect(field?.kind).toBe("enum");
    expect(NAME_ID_POLICY_FORMATS).toHaveLength(18);
    expect(NAME_ID_POLICY_FORMATS).toEqual(
      expect.arrayContaining([
        "emailAddress",
        "persistent",
        "WindowsDomainQualifiedName",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:kerberos",
      ]),
    );
    for (const format of NAME_ID_POLICY_FORMATS) {
      const candidate = connector("saml", { ...SAML, nameIDPolicyFormat: format });
      expect(issueLines(connectorSchema, candidate)).toEqual([]);
    }
    for (const format of [
      "Persistent",
      "emailaddress",
      "urn:oasis:names:tc:SAML:2.0:nameid-format:email",
    ]) {
      const candidate = connector("saml", { ...SAML, nameIDPolicyFormat: format });
      expect(linesAt(candidate, "config.nameIDPolicyFormat")).toHaveLength(1);
    }
  });

  // connector/saml/saml.go, HandlePOST: allowedGroups without groupsAttr returns "user not a
  // member of allowed groups" for everyone.
  it("refuses allowed groups without the groups attribute", () => {
    const without = connector("saml", { ...SAML, allowedGroups: "admins" });
    expect(linesAt(without, "config.groupsAttr")).toEqual([
      expect.stringContaining("Dex refuses every login"),
    ]);
    const withAttr = connector("saml", { ...SAML, allowedGroups: "admins", groupsAttr: "groups" });
    expect(issueLines(connectorSchema, withAttr)).toEqual([]);
  });
});

describe("LDAP", () => {
  // connector/ldap/ldap.go, groups(): a group found without GroupSearch.NameAttr fails the login
  // ("group entity … missing required attribute").
  it("asks for the group name attribute once a group search is set", () => {
    const candidate = connector("ldap", {
      ...LDAP,
      groupSearch: { baseDN: "ou=groups", userMatchers: [{ userAttr: "DN", groupAttr: "member" }] },
    } as unknown as ConnectorSettings);
    expect(linesAt(candidate, "config.groupSearch.nameAttr")).toHaveLength(1);
  });

  // connector/ldap/ldap.go, userMatchers(): matchers are used only when [0].userAttr is set;
  // queryGroups() builds "(<groupAttr>=<value>)", so an empty groupAttr gives "(=value)".
  it.each([
    [{ userAttr: "DN" }, "config.groupSearch.userMatchers.0.groupAttr"],
    [{ groupAttr: "member" }, "config.groupSearch.userMatchers.0.userAttr"],
  ])("asks for both halves of the group match (%j)", (matcher, path) => {
    const candidate = connector("ldap", {
      ...LDAP,
      groupSearch: { baseDN: "ou=groups", nameAttr: "cn", userMatchers: [matcher] },
    } as unknown as ConnectorSettings);
    expect(issueLines(connectorSchema, candidate)).toEqual([expect.stringMatching(`^${path}: `)]);
  });

  // connector/ldap/ldap.go, identityFromEntry(): the email is Username + "@" + EmailSuffix, and
  // Username comes only from UserSearch.NameAttr.
  it("asks for the display name attribute with an email suffix", () => {
    const candidate = connector("ldap", {
      ...LDAP,
      userSearch: { ...LDAP.userSearch, emailAttr: "", emailSuffix: "acme.io" },
    });
    expect(issueLines(connectorSchema, candidate)).toEqual([
      expect.stringMatching(/^config\.userSearch\.nameAttr: .*@suffix/),
    ]);
  });

  // connector/ldap/ldap.go, openConnector(): without a port only insecureNoSSL picks 389, so a
  // StartTLS connection dials 636. A warning: some servers do listen there.
  it("warns, without refusing, about StartTLS with no port", () => {
    const noPort = { ...LDAP, host: "ldap.acme.io", startTLS: true };
    expect(issueLines(connectorSchema, connector("ldap", noPort))).toEqual([]);
    expect(connectorWarnings("ldap", noPort)).toEqual([
      { key: "host", message: expect.stringContaining("port 636") },
    ]);
    for (const host of ["ldap.acme.io:389", "[::1]:389"]) {
      expect(connectorWarnings("ldap", { ...noPort, host })).toEqual([]);
    }
    expect(connectorWarnings("ldap", { ...noPort, insecureNoSSL: true })).toEqual([]);
    expect(connectorWarnings("ldap", { ...noPort, startTLS: false })).toEqual([]);
  });

  // connector/ldap/ldap.go, Config: RootCAData []byte, decoded by Go's StdEncoding like SAML's.
  it("refuses rootCAData Go's base64 cannot decode", () => {
    expect(
      linesAt(connector("ldap", { ...LDAP, rootCAData: "TUlJQw" }), "config.rootCAData"),
    ).toHaveLength(1);
  });

  // connector/ldap/ldap.go, openConnector(): the client pair is loaded only when both are set.
  it("asks for the client key with the client certificate", () => {
    const candidate = connector("ldap", { ...LDAP, clientCert: "/etc/dex/ldap.crt" });
    expect(linesAt(candidate, "config.clientKey")).toHaveLength(1);
  });
});

describe("GitLab", () => {
  // connector/gitlab/gitlab.go, Config: RootCAData []byte.
  it("refuses rootCAData Go's base64 cannot decode", () => {
    const base = { clientID: "id", clientSecret: "s" };
    expect(
      linesAt(connector("gitlab", { ...base, rootCAData: "TUlJ Qw==" }), "config.rootCAData"),
    ).toHaveLength(1);
    expect(
      issueLines(connectorSchema, connector("gitlab", { ...base, rootCAData: "TUlJQw==" })),
    ).toEqual([]);
  });
});

describe("Microsoft", () => {
  // connector/microsoft/microsoft.go, getGroups(): membership of `groups` is enforced whenever
  // groups are set; useGroupsAsWhitelist only filters the groups returned.
  it("says the flag only trims the groups claim, and that groups are enforced anyway", () => {
    const fields = CONNECTOR_SPECS.microsoft.fields;
    const flag = fields.find((field) => field.key === "useGroupsAsWhitelist");
    const groups = fields.find((field) => field.key === "groups");
    expect(flag?.label).not.toMatch(/may sign in/);
    expect(flag?.hint).toMatch(/enforced either way/);
    expect(groups?.hint).toMatch(/only members/i);
  });
});

describe("OIDC", () => {
  const base = { issuer: "https://idp.acme.io", clientID: "id", clientSecret: "s" };

  // connector/oidc/oidc.go, Config: BasicAuthUnsupported *bool; a string there fails the JSON
  // decoding of the whole configuration, so "true"/"false" are written as booleans.
  it("writes basicAuthUnsupported as a boolean, and only true or false", () => {
    const field = CONNECTOR_SPECS.oidc.fields.find((f) => f.key === "basicAuthUnsupported")!;
    expect(connectorValue(field, "false")).toBe(false);
    expect(connectorValue(field, "true")).toBe(true);
    expect(connectorValue(field, "")).toBeUndefined();
    expect(
      linesAt(
        connector("oidc", { ...base, basicAuthUnsupported: "yes" }),
        "config.basicAuthUnsupported",
      ),
    ).toHaveLength(1);
  });

  // connector/oidc/oidc.go, getAuthCodeOptionForCodeChallenge: "plain" or "S256", else login fails.
  it("offers the two PKCE methods Dex knows", () => {
    const field = CONNECTOR_SPECS.oidc.fields.find((f) => f.key === "pkceChallenge");
    expect(field).toMatchObject({ kind: "enum", options: ["S256", "plain"] });
    expect(
      linesAt(connector("oidc", { ...base, pkceChallenge: "s256" }), "config.pkceChallenge"),
    ).toHaveLength(1);
  });
});

describe("connectorWarnings", () => {
  // pkg/featureflags (DEX_EXPAND_ENV) and cmd/dex/config.go: connector configs go through
  // os.ExpandEnv before they are decoded.
  it("warns at each setting with a $ Dex expands, never quoting a secret", () => {
    const warnings = connectorWarnings("ldap", {
      ...LDAP,
      bindDN: "cn=$ADMIN",
      bindPW: "pa$word",
      clientKey: "/etc/$KEYDIR/key.pem",
    });
    expect(warnings.map((warning) => warning.key)).toEqual(["bindDN", "bindPW", "clientKey"]);
    expect(warnings[0]?.message).toContain('"$ADMIN"');
    expect(warnings[1]?.message).not.toContain("$word");
    expect(warnings[2]?.message).not.toContain("KEYDIR");
  });
});
