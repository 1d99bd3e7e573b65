import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { runCliCaptured } from "@/test/support/cli-run";

const GUIDE_FILE = path.resolve("test/support/fixtures/gke-guide-values.yaml");

/** A file with a slip Helm ignores: `ingres` for `ingress`. */
const SLIPPED = "canvas:\n  ingres:\n    enabled: true\n";

const run = runCliCaptured;

function fileWith(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "easel-check-")), "values.yaml");
  writeFileSync(file, text);
  return file;
}

describe("easel check", () => {
  it("exits 0 on the GKE guide's file, whose warnings fail only with --strict", async () => {
    const checked = await run("check", "--values", GUIDE_FILE, "--target", "gke");
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/gke-guide-values\.yaml:61:1: warning import-warning: .*"true,"/);
    expect(checked.out).toMatch(/0 error\(s\), \d+ warning\(s\)/);
    expect((await run("check", "--values", GUIDE_FILE, "--strict")).code).toBe(1);
  });

  it("exits 1 on an error, reported at its line and column, in text and in JSON", async () => {
    const file = fileWith(SLIPPED);
    const text = await run("check", "--values", file);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`${file}:2:3: error unknown-key: "ingres" is not a key`);
    const json = await run("check", "--values", file, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual({
      findings: [
        {
          severity: "error",
          path: "canvas.ingres",
          line: 2,
          column: 3,
          rule: "unknown-key",
          message: expect.stringContaining('did you mean "ingress"?') as string,
        },
      ],
    });
    expect((await run("check", "--values", file, "--format", "json")).out).toBe(json.out);
    const sarif = await run("check", "--values", file, "--format", "sarif");
    expect(sarif.code).toBe(1);
    const [result] = (JSON.parse(sarif.out) as { runs: { results: unknown[] }[] }).runs[0]!.results;
    expect(result).toMatchObject({
      ruleId: "unknown-key",
      locations: [{ physicalLocation: { region: { startLine: 2, startColumn: 3 } } }],
    });
  });

  it("exits 2 on wrong usage and on input it cannot read as a values file", async () => {
    expect((await run("check")).code).toBe(2);
    expect((await run("check", "--values", GUIDE_FILE, "--format", "xml")).code).toBe(2);
    expect((await run("check", "--values", GUIDE_FILE, "--target", "gcp")).code).toBe(2);
    const missing = await run("check", "--values", path.join(tmpdir(), "no-such-values.yaml"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("ENOENT");
    const notValues = await run("check", "--values", fileWith("- a\n- list\n"));
    expect(notValues.code).toBe(2);
    expect(notValues.err).toContain("This is not a values file");
    expect((await run("check", "--values", "/dev/zero")).code).toBe(2);
    const noChart = path.join(tmpdir(), "no-such-chart-values.yaml");
    expect((await run("check", "--values", GUIDE_FILE, "--chart-values", noChart)).code).toBe(2);
    const chartList = fileWith("- not\n- values\n");
    expect((await run("check", "--values", GUIDE_FILE, "--chart-values", chartList)).code).toBe(2);
  });

  it("with --chart-values, reports the keys the chart's defaults lack, as warnings", async () => {
    const chart = fileWith("canvas:\n  replicaCount: 1\n");
    const file = fileWith("canvas:\n  replicas: 2\n");
    const checked = await run("check", "--values", file, "--chart-values", chart, "--json");
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject({
      findings: [{ rule: "not-in-chart", path: "canvas.replicas", line: 2, column: 3 }],
    });
    expect((await run("check", "--values", file, "--chart-values", chart, "--strict")).code).toBe(
      1,
    );
  });

  it("with --out, writes the report alone to the file, whatever npm prints", () => {
    const file = fileWith(SLIPPED);
    const report = path.join(path.dirname(file), "report.json");
    const checked = spawnSync(
      "npm",
      ["run", "easel", "--", "check", "--values", file, "--json", "--out", report],
      { encoding: "utf8" },
    );
    expect(checked.status).toBe(1);
    const written = readFileSync(report, "utf8");
    expect(JSON.parse(written)).toMatchObject({ findings: [{ rule: "unknown-key" }] });
    expect(checked.stdout).not.toContain("unknown-key");
  });
});
