import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import type { ConfigOf } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { TARGET_MODULES, targetModule } from "@/lib/targets/modules";
import { renderValuesFile } from "@/lib/targets/values-file";
import { SAMPLE_DEX_HASH, validConfig } from "@/test/support/target-config";

import { importValues, renderOverImported, type ImportedValues } from "./import-values";

const GUIDE_FILE = readFileSync(
  new URL("../../test/support/fixtures/gke-guide-values.yaml", import.meta.url),
  "utf8",
);
const LARGE_FILE = readFileSync(
  new URL("../../test/support/fixtures/large-values.yaml", import.meta.url),
  "utf8",
);

function imported<T extends TargetId>(target: T, text: string) {
  const result = importValues(TARGET_MODULES[target], "values.yaml", text, validConfig(target));
  if ("problem" in result) throw new Error(result.problem);
  return result as { imported: ImportedValues; config: ConfigOf<T> };
}

function exported<T extends TargetId>(target: T, file: ImportedValues, config: ConfigOf<T>) {
  return renderOverImported(file, TARGET_MODULES[target].buildValues(config));
}

/** The lines of `after` that differ from `before`'s, by line number (same line count assumed). */
function changedLines(before: string, after: string): string[] {
  const old = before.split("\n");
  return after.split("\n").filter((line, index) => line !== old[index]);
}

describe("importing a values file and exporting it", () => {
  it.each(TARGET_IDS)("[%s] gives Easel's own file back byte for byte", (target) => {
    const text = renderValuesFile(
      targetModule(target),
      validConfig(target),
      new Date("2026-11-21T10:00:00Z"),
    );
    const { imported: file, config } = imported(target, text);
    expect(exported(target, file, config)).toBe(text);
  });

  it("gives the GKE guide's file back byte for byte, and takes its settings into the form", () => {
    const { imported: file, config } = imported("gke", GUIDE_FILE);
    expect(exported("gke", file, config)).toBe(GUIDE_FILE);
    expect(config.global.domain).toBe("ai.acme.org");
    expect(config.canvas.sessionSecret).toBe("c2Vzc2lvbi1zZWNyZXQtZm9yLXRlc3Rz");
    expect(config.identity.connectors[0]).toMatchObject({ type: "google", id: "google" });
    expect(config.identity.connectors[0]?.config.redirectURI).toBeUndefined();
    expect(config.identity.localUsers[0]).toMatchObject({
      email: "admin@acme.org",
      isHashImported: true,
    });
    expect(config.registry).toMatchObject({ mode: "zot-ingress", keepGuideUsers: true, users: [] });
    expect(file.warnings.map((warning) => warning.line)).toEqual([61, 61]);
  });

  it("gives a large commented file back byte for byte", () => {
    const { imported: file, config } = imported("gke", LARGE_FILE);
    expect(exported("gke", file, config)).toBe(LARGE_FILE);
  });

  it("changes only the lines that hold the domain when the domain changes", () => {
    const { imported: file, config } = imported("gke", GUIDE_FILE);
    config.global.domain = "paletteai.acme.io";
    const after = exported("gke", file, config);
    const changed = changedLines(GUIDE_FILE, after);
    expect(changed.length).toBe(
      GUIDE_FILE.split("\n").filter((line) => line.includes("ai.acme.org") && !line.includes("@"))
        .length,
    );
    expect(changed.every((line) => line.includes("paletteai.acme.io"))).toBe(true);
    // The guide's comment after the redirect URI and its quoting stay.
    expect(after).toContain(
      "redirectURI: https://paletteai.acme.io/dex/callback # Dex's callback url",
    );
    expect(after).toContain("domain: 'paletteai.acme.io'");
    expect(parse(after).dex.config.staticPasswords[0].email).toBe("admin@acme.org");
  });

  it("changes one line when one field changes, in a large commented file", () => {
    const { imported: file, config } = imported("gke", LARGE_FILE);
    config.global.metrics.scrapeInterval = "42s";
    const after = exported("gke", file, config);
    expect(after.split("\n").length).toBe(LARGE_FILE.split("\n").length);
    expect(changedLines(LARGE_FILE, after)).toEqual([expect.stringContaining("42s")]);
  });

  it("adds and removes list items without touching the others or their unknown keys", () => {
    const text = GUIDE_FILE.replace(
      "      klusterlet:\n",
      "      tolerations: [] # kept\n      klusterlet:\n",
    );
    const { imported: file, config } = imported("gke", text);
    config.fleet.spokes.push(newSpoke("edge-1"));
    config.identity.connectors = [];
    config.identity.connectors.push({
      ...newConnector("github", "gh"),
      config: { clientID: "id", clientSecret: "s" },
    });
    const after = exported("gke", file, config);
    const values = parse(after);
    expect(values.fleetConfig.spokes.map((spoke: { name: string }) => spoke.name)).toEqual([
      "hub-as-spoke",
      "edge-1",
    ]);
    expect(after).toContain("tolerations: [] # kept");
    expect(values.dex.config.connectors.map((connector: { id: string }) => connector.id)).toEqual([
      "gh",
    ]);
    expect(after).toContain("# do not remove existing volumes");
  });

  it("keeps connectors the form does not configure when the admin adds one", () => {
    const text = GUIDE_FILE.replace(
      "    - type: google\n",
      "    - type: keystone # not in Easel's form\n      id: ks\n      name: Keystone\n      config: {}\n    - type: google\n",
    );
    const { imported: file, config } = imported("gke", text);
    expect(config.identity.connectors.map((connector) => connector.id)).toEqual(["google"]);
    config.identity.connectors[0]!.name = "Acme Google";
    config.identity.localUsers.push({
      ...config.identity.localUsers[0]!,
      email: "ops@acme.org",
      userID: "ops",
      hash: SAMPLE_DEX_HASH,
    });
    const after = exported("gke", file, config);
    const connectors = parse(after).dex.config.connectors;
    expect(connectors.map((connector: { id: string; name: string }) => connector.name)).toEqual([
      "Keystone",
      "Acme Google",
    ]);
    expect(after).toContain("- type: keystone # not in Easel's form");
    expect(parse(after).dex.config.staticPasswords).toHaveLength(2);
  });

  it("turns the bundled Zot off when the registry becomes external", () => {
    const { imported: file, config } = imported("gke", GUIDE_FILE);
    config.registry = {
      ...config.registry,
      mode: "external",
      endpoint: "123.dkr.ecr.us-east-1.amazonaws.com",
    };
    const values = parse(exported("gke", file, config));
    expect(values.zot.enabled).toBe(false);
    expect(values.hue.ociRegistry.endpoint).toBe("123.dkr.ecr.us-east-1.amazonaws.com");
    expect(values.fleetConfig.spokes[0].ociRegistry.endpoint).toBe(
      "123.dkr.ecr.us-east-1.amazonaws.com",
    );
  });

  it("flags, on the appliance, each field the installer manages", () => {
    const text =
      "global:\n  metrics:\n    timeout: 10s\n  dns:\n    domain: ai.acme.org\nzot:\n  enabled: true\n";
    const { imported: file, config } = imported("appliance", text);
    expect(config.global.metrics.timeout).toBe("10s");
    expect(file.warnings).toEqual([
      {
        line: 5,
        message: expect.stringMatching(
          /installer manages global\.dns\.domain: Set by the installer once a root domain/,
        ),
      },
      { line: 7, message: expect.stringMatching(/installer manages zot\.enabled: Always set/) },
    ]);
  });

  it("keeps annotations only the file has when the form empties the ones it wrote", () => {
    const text = GUIDE_FILE.replace(
      "    annotations: {}\n    ingressClassName: gce",
      "    annotations:\n      acme.io/team: platform\n      kubernetes.io/ingress.global-static-ip-name: paletteai-ip\n    ingressClassName: gce",
    );
    const { imported: file, config } = imported("gke", text);
    expect(config.canvas.staticIpName).toBe("paletteai-ip");
    config.canvas.staticIpName = "";
    const after = exported("gke", file, config);
    expect(parse(after).canvas.ingress.annotations).toEqual({ "acme.io/team": "platform" });
    expect(after).toBe(
      text.replace("      kubernetes.io/ingress.global-static-ip-name: paletteai-ip\n", ""),
    );
  });
});

describe("importing a file with a broken character (a lone UTF-16 surrogate)", () => {
  it.each([
    ["escaped, in a value", 'global:\n  dns:\n    domain: "a\\ud800.example.org"\n', 3],
    ["escaped, in a key the form does not read", 'extra:\n  "k\\udfff": v\n', 2],
    ["raw, as a paste can hold it", "canvas:\n  note: a\ud800b\n", 2],
  ])("refuses it %s, naming the line: Helm would refuse the whole file", (_, text, line) => {
    const result = importValues(TARGET_MODULES.gke, "values.yaml", text, validConfig("gke"));
    expect("problem" in result && result.problem).toMatch(
      new RegExp(`broken character \\(half of a character pair\\) at line ${line}`),
    );
  });
});
