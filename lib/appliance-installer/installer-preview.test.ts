import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { aliasBomb } from "@/test/support/hostile-yaml";

import { layerComment } from "./final-values-file";
import { GENERATED_BY_INSTALLER } from "./installer-merge";
import { previewInstaller, readHostFile } from "./installer-preview";

const HOST = [
  "# Customer host file",
  "global:",
  "  dns:",
  "    domain: customer.acme.org # their edit",
  "  metrics:",
  "    timeout: 10s",
  "zot:",
  "  enabled: true",
  "canvas:",
  "  branding:",
  "    primaryLogo: https://acme.org/logo.png",
  "",
].join("\n");

const AT = new Date("2026-11-21T10:00:00Z");

function preview(rootDomain: string) {
  const host = readHostFile(HOST);
  if ("problem" in host) throw new Error(host.problem);
  return previewInstaller(host, { rootDomain, mode: "connected", staticUsersDisabled: false }, AT);
}

describe("readHostFile and previewInstaller", () => {
  it("writes the merged values, each line the installer set marked with its layer", () => {
    const { finalText, merge } = preview("ai.acme.org");
    expect(parse(finalText)).toEqual(merge.finalValues);
    const lines = finalText.split("\n");
    expect(lines).toContain(`    domain: ai.acme.org # their edit  ${layerComment("runtime")}`);
    expect(lines).toContain(`  enabled: false  ${layerComment("system")}`);
    expect(lines).toContain("    timeout: 10s");
    expect(lines[0]).toMatch(/^# The values Helm receives on the PaletteAI appliance/);
    expect(finalText).toContain(
      "Local UI: root domain ai.acme.org, connected mode, static Dex users enabled.",
    );
    expect(parse(finalText).global.auditLogging.basicAuth.password).toBe(GENERATED_BY_INSTALLER);
  });

  it("lists what the customer set that reaches Helm, and only that", () => {
    expect(preview("ai.acme.org").customizations).toEqual([
      { path: "global.metrics.timeout", value: "10s" },
      { path: "canvas.branding.primaryLogo", value: "https://acme.org/logo.png" },
    ]);
    // Without a root domain, the customer's domain does reach Helm.
    expect(preview("").customizations).toContainEqual({
      path: "global.dns.domain",
      value: "customer.acme.org",
    });
  });

  it.each([
    ["malformed YAML", "global: {dns: x\n", /not valid YAML \(line \d+, column \d+\)/],
    ["an alias bomb", aliasBomb(), /aliases/],
    ["a list", "- a\n", /top level must be keys/],
  ])("refuses %s with a clear reason", (_, text, reason) => {
    const result = readHostFile(text);
    expect("problem" in result && result.problem).toMatch(reason);
  });
});
