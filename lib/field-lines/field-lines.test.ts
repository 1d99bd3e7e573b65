import { describe, expect, it } from "vitest";

import { formatPath } from "@/lib/paths/notation";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { previewConfig } from "@/lib/targets/preview-config";
import { renderPreview } from "@/lib/targets/values-file";

import { documentLines, indexLines, linesOfPaths } from "./document-lines";
import { chartPathsOfField, fieldOfChartPath, fieldsByChartPath } from "./field-landing";
import { linesOfIndex } from "./line-index";

const gke = TARGET_MODULES.gke;
const build = (config: ReturnType<typeof gke.createDefaults>) =>
  gke.buildValues(previewConfig(config, { revealSecrets: false }));

function gkeConfig() {
  const config = gke.createDefaults();
  config.global.domain = "ai.example.com";
  return config;
}

describe("chartPathsOfField", () => {
  it("finds every chart path the domain is derived into", () => {
    const paths = chartPathsOfField(build, gkeConfig(), "global.domain").map(formatPath);
    expect(paths).toContain("canvas.ingress.domain");
    expect(paths).toContain("canvas.oidc.redirectURL");
    expect(paths).toContain("dex.config.issuer");
  });

  it("finds where a switch lands by flipping it", () => {
    const paths = chartPathsOfField(
      build,
      gkeConfig(),
      "fleet.spokes.0.forceInternalEndpointLookup",
    );
    expect(paths.map(formatPath)).toEqual([
      "fleetConfig.spokes[0].klusterlet.forceInternalEndpointLookup",
    ]);
  });

  it("gives nothing for a field that writes nothing", () => {
    expect(chartPathsOfField(build, gkeConfig(), "configurationId")).toEqual([]);
  });

  it("gives nothing when the builder refuses every variant", () => {
    const refusing = () => {
      throw new Error("refused");
    };
    expect(chartPathsOfField(refusing, gkeConfig(), "global.domain")).toEqual([]);
  });
});

describe("fieldsByChartPath", () => {
  it("maps each chart path back to the text field that writes it", () => {
    const fields = fieldsByChartPath(build, gkeConfig(), ["global.domain"]);
    expect(fields.get("canvas.ingress.domain")).toBe("global.domain");
    expect(fields.get("dex.config.issuer")).toBe("global.domain");
  });

  it("falls back to the enclosing path, then to the first field under a key", () => {
    const fields = new Map([
      ["a.list", "f.list"],
      ["b.c.d", "f.d"],
    ]);
    expect(fieldOfChartPath(fields, ["a", "list", 2])).toBe("f.list");
    expect(fieldOfChartPath(fields, ["b"])).toBe("f.d");
    expect(fieldOfChartPath(fields, ["z"])).toBeUndefined();
    expect(fieldOfChartPath(fields, [])).toBeUndefined();
  });
});

describe("documentLines", () => {
  const text = [
    "# header",
    "canvas:",
    "  ingress:",
    "    domain: ai.example.com",
    "  list:",
    "    - one",
    "    - two",
    "dex:",
    "  config:",
    "    issuer: https://ai.example.com/dex",
    "",
  ].join("\n");

  it("gives the lines of a key and its value", () => {
    const lines = documentLines(text);
    expect(lines.rangeOf(["canvas", "ingress", "domain"])).toEqual({ first: 4, last: 4 });
    expect(lines.rangeOf(["canvas", "ingress"])).toEqual({ first: 3, last: 4 });
    expect(lines.rangeOf(["canvas", "list"])).toEqual({ first: 5, last: 7 });
    expect(lines.rangeOf(["missing"])).toBeUndefined();
  });

  it("gives the deepest path written on a line", () => {
    const lines = documentLines(text);
    expect(lines.pathAt(4)).toEqual(["canvas", "ingress", "domain"]);
    expect(lines.pathAt(7)).toEqual(["canvas", "list", 1]);
    expect(lines.pathAt(2)).toEqual(["canvas"]);
    expect(lines.pathAt(1)).toEqual([]);
  });

  it("answers the same from an index sent to the page as a worker sends it", () => {
    const lines = linesOfIndex(structuredClone(indexLines(text)));
    expect(lines.rangeOf(["canvas", "list"])).toEqual({ first: 5, last: 7 });
    expect(lines.pathAt(7)).toEqual(["canvas", "list", 1]);
    expect(lines.pathAt(1)).toEqual([]);
  });

  it("keeps a key written twice where Helm reads it, its last occurrence", () => {
    const lines = documentLines("a:\n  b: 1\na:\n  b: 2\n");
    expect(lines.rangeOf(["a", "b"])).toEqual({ first: 4, last: 4 });
  });

  it("merges the ranges of paths that touch", () => {
    const lines = documentLines(text);
    const ranges = linesOfPaths(lines, [
      ["dex", "config", "issuer"],
      ["canvas", "ingress", "domain"],
      ["canvas", "list"],
    ]);
    expect(ranges).toEqual([
      { first: 4, last: 7 },
      { first: 10, last: 10 },
    ]);
  });

  it("finds the domain's lines in the GKE preview", () => {
    const config = gkeConfig();
    const preview = documentLines(renderPreview(gke, config, { revealSecrets: false }));
    const ranges = linesOfPaths(preview, chartPathsOfField(build, config, "global.domain"));
    const rendered = renderPreview(gke, config, { revealSecrets: false }).split("\n");
    const highlighted = ranges.flatMap(({ first, last }) => rendered.slice(first - 1, last));
    expect(highlighted.some((line) => line.includes("domain: ai.example.com"))).toBe(true);
    expect(highlighted.every((line) => !line.startsWith("#"))).toBe(true);
  });
});
