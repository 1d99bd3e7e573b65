import { describe, expect, it } from "vitest";

import { issueLines } from "@/test/support/issue-lines";
import { validConfig } from "@/test/support/target-config";

import { applianceConfigSchema, type ApplianceConfig } from "./appliance";

const issuesOf = (config: ApplianceConfig) => issueLines(applianceConfigSchema, config);

function edited(edit: (config: ApplianceConfig) => void): ApplianceConfig {
  const config = validConfig("appliance");
  edit(config);
  return config;
}

describe("[appliance] applianceConfigSchema", () => {
  it("accepts the defaults with a root domain, and asks for nothing the installer manages", () => {
    expect(issuesOf(validConfig("appliance"))).toEqual([]);
  });

  it("asks for local users' emails when there is no root domain to derive them from", () => {
    expect(issuesOf(edited((c) => (c.global.domain = "")))).toEqual([
      "identity.localUsers.0.email: Enter an email: there is no domain to derive one from.",
    ]);
    const typed = edited((c) => {
      c.global.domain = "";
      c.identity.localUsers[0]!.email = "admin@acme.io";
    });
    expect(issuesOf(typed)).toEqual([]);
  });

  it("checks the root domain when one is given", () => {
    expect(issuesOf(edited((c) => (c.global.domain = "https://acme.io")))[0]).toMatch(
      /^global\.domain: Leave out the scheme/,
    );
  });

  it("allows no local user: Local UI's toggle provides the default admin", () => {
    expect(issuesOf(edited((c) => (c.identity.localUsers = [])))).toEqual([]);
  });

  it("checks local users, unless the installer clears them", () => {
    const broken = edited((c) => {
      c.identity.localUsers[0]!.hash = "";
      c.identity.localUsers[0]!.password = "short";
      c.identity.localUsers.push({ ...c.identity.localUsers[0]!, username: "second" });
    });
    const issues = issuesOf(broken);
    expect(issues).toContain(
      "identity.localUsers.0.password: Use at least 12 characters, or choose Generate.",
    );
    expect(issues.some((line) => line.startsWith("identity.localUsers.1.userID:"))).toBe(true);
    broken.identity.staticUsersDisabled = true;
    expect(issuesOf(broken)).toEqual([
      'identity.connectors: With "Disable Static Dex Users" on, add a connector: otherwise nobody could log in.',
    ]);
  });

  it("checks spokes as every target does", () => {
    expect(issuesOf(edited((c) => (c.fleet.spokes = [])))).toEqual([
      "fleet.spokes: Add at least one spoke: hub-as-spoke, or a dedicated spoke cluster.",
    ]);
  });
});
