import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { parsePath } from "@/lib/paths/notation";
import type { Tree } from "@/lib/tree/tree";

import { GENERATED_BY_INSTALLER, mergeInstallerValues } from "./installer-merge";
import { DEPLOYMENT_MODES, type LocalUiSettings } from "./local-ui-settings";

/** The Installer-Managed Fields table, as the appliance guide prints it. */
function docsTable(): { path: string; text: string }[] {
  const guide = readFileSync(
    new URL("../../test/support/fixtures/installer-managed-fields.md", import.meta.url),
    "utf8",
  );
  const start = guide.indexOf("| Field | Value Set by Installer |");
  return guide
    .slice(start)
    .split("\n")
    .slice(2)
    .filter((line) => line.includes(" | "))
    .map((line) => {
      const [path = "", text = ""] = line.split(" | ");
      return { path: path.replace(" †", "").trim(), text: text.replace(/\|$/, "").trim() };
    });
}

const ROWS = docsTable();
const ROOT_DOMAIN = "ai.acme.org";

/** Whether the docs' row applies under `settings`, from its marks and words alone. */
function docsApplies(row: { path: string; text: string }, settings: LocalUiSettings): boolean {
  if (row.text.endsWith("*")) return settings.rootDomain !== "";
  if (row.text.includes("airgap mode only")) return settings.mode === "airgap";
  if (row.text.includes("Disable Static Dex Users")) return settings.staticUsersDisabled;
  return true;
}

/** What the docs' row says the field holds; undefined where the docs name no value. */
function docsValue(text: string, settings: LocalUiSettings): unknown {
  if (text.startsWith("Always ")) {
    const value = text.slice("Always ".length);
    return value === "true" ? true : value === "false" ? false : value;
  }
  if (text.startsWith("connected or airgap")) return settings.mode;
  if (text.startsWith("Your root domain")) return settings.rootDomain;
  if (text.startsWith("https://"))
    return text.replace(" *", "").replace("<root-domain>", settings.rootDomain);
  if (text.startsWith("Cleared")) return [];
  return GENERATED_BY_INSTALLER;
}

/** A host file that sets every managed field, as a customer who edited them all. */
function hostSettingEverything(): Tree {
  const host: Tree = { fleetConfig: { spokes: [{ name: "hub-as-spoke" }] } };
  for (const row of ROWS) {
    const keys = parsePath(row.path);
    let node: Tree = host;
    keys.slice(0, -1).forEach((key, index) => {
      node[key] ??= typeof keys[index + 1] === "number" ? [] : {};
      node = node[key] as Tree;
    });
    node[keys[keys.length - 1] as string] = `customer ${row.path}`;
  }
  return host;
}

const SETTINGS: LocalUiSettings[] = ["", ROOT_DOMAIN].flatMap((rootDomain) =>
  DEPLOYMENT_MODES.flatMap((mode) =>
    [false, true].map((staticUsersDisabled) => ({ rootDomain, mode, staticUsersDisabled })),
  ),
);

describe("mergeInstallerValues", () => {
  it("has one row per row of the docs' table, in its order", () => {
    const { fields } = mergeInstallerValues({}, SETTINGS[0]!);
    expect(ROWS.length).toBe(33);
    expect(fields.map((field) => field.path)).toEqual(ROWS.map((row) => row.path));
  });

  it.each(SETTINGS)("walks every row for %j", (settings) => {
    const host = hostSettingEverything();
    const { fields, finalValues } = mergeInstallerValues(host, settings);
    ROWS.forEach((row, index) => {
      const field = fields[index]!;
      const applies = docsApplies(row, settings);
      expect({ path: field.path, applies: field.applies }).toEqual({ path: row.path, applies });
      expect(field.userValue).toBe(`customer ${row.path}`);
      expect(field.finalValue).toEqual(
        applies ? docsValue(row.text, settings) : `customer ${row.path}`,
      );
      expect(field.userEditIgnored).toBe(applies);
    });
    // The host's own settings beside managed fields survive the merge.
    expect((finalValues.fleetConfig as Tree).spokes).toMatchObject([{ name: "hub-as-spoke" }]);
  });

  it("puts system overrides over runtime values, and leaves unset fields unset when they do not apply", () => {
    const { fields } = mergeInstallerValues(
      {},
      { rootDomain: "", mode: "connected", staticUsersDisabled: false },
    );
    const domain = fields.find((field) => field.path === "global.dns.domain");
    expect(domain).toMatchObject({
      applies: false,
      userValue: null,
      finalValue: null,
      userEditIgnored: false,
    });
    const zot = fields.find((field) => field.path === "zot.enabled");
    expect(zot).toMatchObject({
      layer: "system",
      applies: true,
      finalValue: false,
      userEditIgnored: false,
    });
  });

  it("merges maps deeply and replaces lists whole", () => {
    const host = {
      canvas: { ingress: { enabled: false, annotations: { team: "ml" } } },
      dex: { config: { staticPasswords: [{ email: "a@acme.org" }], connectors: [{ id: "okta" }] } },
    };
    const { finalValues } = mergeInstallerValues(host, {
      rootDomain: ROOT_DOMAIN,
      mode: "connected",
      staticUsersDisabled: true,
    });
    expect(finalValues.canvas).toMatchObject({
      ingress: { enabled: true, matchAllHosts: true, annotations: { team: "ml" } },
    });
    expect((finalValues.dex as Tree).config).toMatchObject({
      staticPasswords: [],
      staticClients: GENERATED_BY_INSTALLER,
      connectors: [{ id: "okta" }],
      issuer: `https://${ROOT_DOMAIN}/dex`,
    });
  });
});
