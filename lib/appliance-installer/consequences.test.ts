import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import type { Tree } from "@/lib/tree/tree";

import { installerConsequences } from "./consequences";
import { mergeInstallerValues } from "./installer-merge";
import { DEFAULT_LOCAL_UI_SETTINGS, type LocalUiSettings } from "./local-ui-settings";

/** A customer who moved from customer.acme.org, with a local admin mapped to a group. */
const HOST = parse(`
global:
  dns:
    domain: customer.acme.org
dex:
  config:
    connectors:
      - type: oidc
        id: aws
        name: AWS Cognito
        config:
          issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_xxxxxx
          redirectURI: https://customer.acme.org/dex/callback
      - type: github
        id: github
        name: GitHub
        config:
          redirectURI: https://AI.acme.org/dex/callback
      - type: ldap
        id: ldap
        config:
          host: ldap.acme.org:636
    staticPasswords:
      - email: Ops@Acme.org
        username: ops
canvas:
  impersonationProxy:
    enabled: true
    groupsMode: map
    dexGroupMap:
      admin@example.com: [admin]
      ops@acme.org: [operators, viewers]
      someone@idp.acme.org: [viewers]
`) as Tree;

function consequences(host: Tree, changes: Partial<LocalUiSettings>) {
  const settings = { ...DEFAULT_LOCAL_UI_SETTINGS, ...changes };
  return installerConsequences(host, mergeInstallerValues(host, settings), settings);
}

describe("installerConsequences", () => {
  it("finds a connector still redirecting to the domain the installer replaced", () => {
    const found = consequences(HOST, { rootDomain: "ai.acme.org" });
    expect(found).toEqual([
      {
        kind: "connector-redirect-old-domain",
        path: "dex.config.connectors[0].config.redirectURI",
        message: expect.stringContaining(
          'Connector "aws" (AWS Cognito) sends users back to https://customer.acme.org/dex/callback',
        ),
        fix: "Set it to https://ai.acme.org/dex/callback, the form of the appliance guide's connector example.",
      },
    ]);
    expect(found[0]?.message).toContain("dex.config.issuer to https://ai.acme.org/dex");
  });

  it("says nothing about redirect URIs while no root domain is set: the issuer is the file's own", () => {
    expect(consequences(HOST, {})).toEqual([]);
  });

  it("leaves the default file's domain placeholder to the installer, which replaces it", () => {
    const host = parse(
      "dex:\n  config:\n    connectors:\n      - id: a\n        config:\n          redirectURI: https://replace.with.your.domain/dex/callback\n",
    ) as Tree;
    expect(consequences(host, { rootDomain: "ai.acme.org" })).toEqual([]);
  });

  it("finds dexGroupMap entries naming the local users Disable Static Dex Users removes", () => {
    const found = consequences(HOST, { staticUsersDisabled: true });
    expect(found.map(({ kind, path }) => ({ kind, path }))).toEqual([
      { kind: "group-map-removed-user", path: "canvas.impersonationProxy.dexGroupMap" },
      { kind: "group-map-removed-user", path: "canvas.impersonationProxy.dexGroupMap" },
    ]);
    // The guide's default admin and the file's own user (Dex compares e-mails case-insensitively);
    // a user who is not a local one is left alone.
    expect(found[0]?.message).toMatch(/^dexGroupMap gives admin@example.com the groups admin/);
    expect(found[1]?.message).toMatch(
      /^dexGroupMap gives ops@acme.org the groups operators, viewers/,
    );
    expect(found.map((item) => item.message).join(" ")).not.toContain("someone@idp.acme.org");
    expect(found[1]?.message).toContain("the installer clears dex.config.staticPasswords");
  });

  it("says no one can sign in when static users are disabled and the file has no connector", () => {
    const host = parse("dex:\n  config:\n    staticPasswords: [{email: a@acme.org}]\n") as Tree;
    expect(consequences(host, { staticUsersDisabled: true })).toEqual([
      expect.objectContaining({ kind: "no-sign-in", path: "dex.config.connectors" }),
    ]);
    expect(consequences(host, {})).toEqual([]);
  });

  it("reports both kinds together, redirects first", () => {
    const found = consequences(HOST, { rootDomain: "ai.acme.org", staticUsersDisabled: true });
    expect(found.map((item) => item.kind)).toEqual([
      "connector-redirect-old-domain",
      "group-map-removed-user",
      "group-map-removed-user",
    ]);
  });
});
