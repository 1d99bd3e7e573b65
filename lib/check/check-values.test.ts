import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { hashPassword } from "@/lib/bcrypt/hash";
import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { renderValuesFile } from "@/lib/targets/values-file";

import { checkValues } from "./check-values";
import type { Finding } from "./finding";

const GUIDE_FILE = readFileSync(
  path.join(__dirname, "../../test/support/fixtures/gke-guide-values.yaml"),
  "utf8",
);

function findings(text: string): Finding[] {
  const checked = checkValues(text, "gke");
  if ("problem" in checked) throw new Error(checked.problem);
  return checked.findings;
}

/** Each finding as `rule path line:column`, what the tests compare. */
function places(text: string): string[] {
  return findings(text).map((found) => `${found.rule} ${found.path} ${found.line}:${found.column}`);
}

describe("checkValues", () => {
  it("finds the slips Helm ignores: near keys at every level and near values of known enums", () => {
    const text = [
      "global:",
      "  kubernetesProvider: GKE-ingress",
      "canvas:",
      "  ingres:",
      "    enabled: true",
      "  enableHttp: true",
      "dex:",
      "  confg: {}",
      "zot:",
      "  httpGet:",
      "    scheme: http",
      "fleetConfig:",
      "  spokes:",
      "    - name: gpu-1",
      "      kubeconfg:",
      "        inCluster: true",
      "",
    ].join("\n");
    expect(places(text)).toEqual([
      "near-enum global.kubernetesProvider 2:3",
      "unknown-key canvas.ingres 4:3",
      "unknown-key canvas.enableHttp 6:3",
      "unknown-key dex.confg 8:3",
      "near-enum zot.httpGet.scheme 11:5",
      "unknown-key fleetConfig.spokes[0].kubeconfg 15:7",
    ]);
    const [provider, ingress] = findings(text);
    expect(provider?.message).toContain('did you mean "GKE-Ingress"?');
    expect(ingress?.message).toContain('did you mean "ingress"?');
    expect(findings(text).every((found) => found.severity === "error")).toBe(true);
  });

  it("finds a near value in every item of a list", () => {
    const text = [
      "canvas:",
      "  ingress:",
      "    paths:",
      "      - path: /ai",
      "        pathType: Prefix",
      "      - path: /dex",
      "        pathType: prefix",
      "",
    ].join("\n");
    expect(places(text)).toEqual(["near-enum canvas.ingress.paths[1].pathType 7:9"]);
  });

  it("leaves alone keys far from every known one, and the admin's own keys in free mappings", () => {
    const text = [
      "canvas:",
      "  ingress:",
      "    annotations:",
      "      kubernetes.io/ingres.class: gce",
      "  someChartSetting: 3",
      "dex:",
      "  config:",
      "    connectors:",
      "      - type: oidc",
      "        id: okta",
      "        name: Okta",
      "        config:",
      "          clientID: x",
      "          clientId: y",
      "",
    ].join("\n");
    // clientId is a slip of Dex's clientID; the annotation and the far key are not slips.
    expect(places(text)).toEqual(["unknown-key dex.config.connectors[0].config.clientId 14:11"]);
  });

  it("with the chart's default values, reports every key neither they nor Easel know", () => {
    const chartValues = {
      canvas: { replicaCount: 1, ingress: { enabled: true, annotations: {} } },
      dex: { config: { issuer: "" } },
    };
    const text = [
      "canvas:",
      "  replicaCount: 2",
      "  replicas: 2",
      "  ingress:",
      "    annotations:",
      "      acme.io/team: ai",
      "dex:",
      "  config:",
      "    connectors: []",
      "    storge: {}",
      "",
    ].join("\n");
    const checked = checkValues(text, undefined, chartValues);
    if ("problem" in checked) throw new Error(checked.problem);
    expect(checked.findings.map((found) => [found.rule, found.path, found.severity])).toEqual([
      ["not-in-chart", "canvas.replicas", "warning"],
      ["not-in-chart", "dex.config.storge", "warning"],
    ]);
    expect(checked.findings[0]?.message).toContain('the nearest is "replicaCount"');
    // Without the chart's values, a key far from Easel's is one of the chart's many others.
    expect(places(text)).toEqual([]);
  });

  it("finds nothing in the GKE guide's own file", () => {
    expect(findings(GUIDE_FILE).filter((found) => found.severity === "error")).toEqual([]);
  });

  it.each(TARGET_IDS)("finds nothing wrong in what Easel writes for %s", async (id) => {
    const writer = targetModule(id);
    const config = writer.createDefaults();
    for (const user of config.identity.localUsers) {
      user.hash = await hashPassword(user.password, user.cost);
    }
    const checked = checkValues(renderValuesFile(writer, config as never, new Date(0)), id);
    if ("problem" in checked) throw new Error(checked.problem);
    // The appliance's own notes (fields its installer manages) are information, not problems.
    expect(checked.findings.filter((found) => found.severity !== "info")).toEqual([]);
  });

  it("refuses a file that is not a values file, with the reason", () => {
    expect(checkValues("- a list\n- not keys\n")).toHaveProperty("problem");
    expect(checkValues("a: [unclosed\n")).toHaveProperty("problem");
  });
});
