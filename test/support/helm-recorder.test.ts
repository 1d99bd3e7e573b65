import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { HELM_MAJORS } from "@/scripts/helm/helm-binaries";

import { chartRegistry } from "./chart-registry";
import { recordingHelm } from "./helm-recorder";
import { STAND_IN_CHART, STAND_IN_VERSION, standInChartReference } from "./stand-in-charts";

describe("recordingHelm", () => {
  it.each(HELM_MAJORS)(
    "records each call's exact arguments and runs Helm %i with stdin passed through",
    (major) => {
      const recorder = recordingHelm(major);
      expect(statSync(recorder.path).mode & 0o777).toBe(0o700);
      const chart = standInChartReference(chartRegistry().url, STAND_IN_CHART);
      const args = ["template", "recorded", chart, "--version", STAND_IN_VERSION];
      const rendered = spawnSync(recorder.path, [...args, "--plain-http", "-f", "-"], {
        input: "global:\n  dns:\n    domain: piped.example\n",
        encoding: "utf8",
      });
      expect(rendered.status, rendered.stderr).toBe(0);
      expect(rendered.stdout).toContain('domain: "piped.example"');
      const odd = ["version", "", "two\nlines", "tab\there", "$HOME `x` \\ '\"", "--bogus"];
      const refused = spawnSync(recorder.path, odd, { encoding: "utf8" });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain("unknown flag: --bogus");
      expect(recorder.calls()).toEqual([[...args, "--plain-http", "-f", "-"], odd]);
    },
  );

  it("has no calls before Helm runs", () => {
    expect(recordingHelm(3).calls()).toEqual([]);
  });
});
