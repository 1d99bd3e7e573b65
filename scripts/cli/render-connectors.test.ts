import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { renderProfile } from "@/lib/profile/profile";
import { type Connector } from "@/lib/schemas/sections/connectors";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { renderValuesFile } from "@/lib/targets/values-file";
import { validConfig } from "@/test/support/target-config";

import { runCli } from "./run-cli";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const SAML: Connector = {
  ...newConnector("saml", "saml"),
  config: {
    ssoURL: "https://idp.acme.io/sso",
    usernameAttr: "name",
    emailAttr: "email",
    caData: "TUlJQw==",
  },
};

const LDAP: Connector = {
  ...newConnector("ldap", "ldap"),
  config: {
    host: "ldap.acme.io:636",
    bindDN: "cn=easel,dc=acme",
    bindPW: "ldap-bind-password",
    userSearch: { baseDN: "ou=people", username: "uid", idAttr: "uid", emailAttr: "mail" },
  },
};

/** A GKE profile with `connectors`, written to a fresh directory. */
function profileWith(connectors: Connector[]): { dir: string; profile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-cli-dex-"));
  const config = validConfig("gke");
  config.identity.connectors = connectors;
  const profile = path.join(dir, "profile.yaml");
  writeFileSync(profile, renderProfile(config, { includeSecrets: true }));
  return { dir, profile };
}

// The rules of lib/dex/connectors (from Dex v2.45.1's connector code), through the same schema
// the form uses: connector/saml/saml.go (caData base64, nameIDFormatLookup, HandlePOST) and
// connector/ldap/ldap.go (groups(), userMatchers(), identityFromEntry(), openConnector()).
describe("easel render with Dex connectors", () => {
  it("refuses what Dex refuses, as path: message, and writes nothing", async () => {
    const { dir, profile } = profileWith([
      {
        ...SAML,
        config: {
          ...SAML.config,
          caData: "TUlJ Qw==",
          nameIDPolicyFormat: "Persistent",
          allowedGroups: "admins",
        },
      },
      {
        ...LDAP,
        config: {
          ...LDAP.config,
          groupSearch: { baseDN: "ou=groups", userMatchers: [{ userAttr: "DN" }] },
          userSearch: { ...(LDAP.config.userSearch as object), emailSuffix: "acme.io" },
        } as unknown as Connector["config"],
      },
    ]);
    const result = await run("render", "--profile", profile, "--out", path.join(dir, "out"));
    expect(result.code).toBe(1);
    for (const line of [
      "identity.connectors.0.config.caData: Dex cannot decode this as base64",
      "identity.connectors.0.config.nameIDPolicyFormat: Dex knows only these NameID formats, written exactly so",
      "identity.connectors.0.config.groupsAttr: Allowed groups need",
      "identity.connectors.1.config.groupSearch.nameAttr: Enter the attribute that names a group",
      "identity.connectors.1.config.groupSearch.userMatchers.0.groupAttr: Enter the group attribute",
      "identity.connectors.1.config.userSearch.nameAttr: The email suffix",
    ]) {
      expect(result.err).toContain(`  ${line}`);
    }
  });

  // pkg/featureflags (DEX_EXPAND_ENV on by default): connector configs go through os.ExpandEnv.
  it("renders, warning as the form does about a $ Dex expands and StartTLS with no port", async () => {
    const { dir, profile } = profileWith([
      {
        ...LDAP,
        config: {
          ...LDAP.config,
          host: "ldap.acme.io",
          startTLS: true,
          bindPW: "pa$word-secret",
          bindDN: "cn=$ADMIN",
        },
      },
    ]);
    const result = await run("render", "--profile", profile, "--out", path.join(dir, "out"));
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      `${profile}: identity.connectors.0.config.bindDN: Dex expands environment variables in connector settings: "$ADMIN"`,
    );
    expect(result.err).toContain(
      `${profile}: identity.connectors.0.config.bindPW: Dex expands environment variables in connector settings: A "$" in this secret`,
    );
    expect(result.err).toContain(`${profile}: identity.connectors.0.config.host: With StartTLS`);
    expect(result.err).not.toContain("word-secret");
  });

  it("warns at the line of an existing file's connector setting Dex cannot read", async () => {
    const { dir, profile } = profileWith([SAML]);
    const config = validConfig("gke");
    config.identity.connectors = [SAML];
    const text = renderValuesFile(TARGET_MODULES.gke, config, new Date("2026-01-01T00:00:00Z"));
    const existing = path.join(dir, "values.yaml");
    writeFileSync(existing, text.replace("caData: TUlJQw==", "caData: TUlJQw"));
    const line = text.split("\n").findIndex((content) => content.includes("caData:")) + 1;
    expect(line).toBeGreaterThan(0);
    const out = path.join(dir, "out");
    const result = await run("render", "--profile", profile, "--values", existing, "--out", out);
    expect(result.err).toContain(`${existing}, line ${line}: Dex cannot decode this as base64`);
  });
});
