import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

import { checkValues } from "./check-values";
import { CHECK_RULES } from "./rules";
import { sarifLog } from "./sarif";

/** The OASIS SARIF 2.1.0 schema (shared data, not the project's). */
const SARIF_SCHEMA = JSON.parse(
  readFileSync(
    new URL("../../../shared/data/sarif/sarif-schema-2.1.0.json", import.meta.url),
    "utf8",
  ),
) as object;

const GUIDE_FILE = readFileSync(
  new URL("../../test/support/fixtures/gke-guide-values.yaml", import.meta.url),
  "utf8",
);

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(SARIF_SCHEMA);
}

function findingsOf(text: string) {
  const checked = checkValues(text, "gke");
  if ("problem" in checked) throw new Error(checked.problem);
  return checked.findings;
}

describe("sarifLog", () => {
  const slipped = `${GUIDE_FILE}\nzot:\n  httpGet:\n    scheme: http\ncanvas:\n  ingres: {}\n`;

  it("is SARIF 2.1.0 as the OASIS schema says, with each finding at its line and column", () => {
    const findings = findingsOf(slipped);
    const log = sarifLog(findings, "deploy/values.yaml");
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [run] = (log as { runs: { results: unknown[] }[] }).runs;
    expect(run?.results).toHaveLength(findings.length);
    expect(run?.results).toContainEqual(
      expect.objectContaining({
        ruleId: "near-enum",
        level: "error",
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "deploy/values.yaml" },
              region: expect.objectContaining({ startColumn: 5 }) as object,
            },
          },
        ],
      }),
    );
  });

  it("names every rule a finding has, each with help text, for code scanning", () => {
    const ruleIds = CHECK_RULES.map((rule) => rule.id);
    for (const found of findingsOf(slipped)) expect(ruleIds).toContain(found.rule);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of CHECK_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.help.length).toBeGreaterThan(20);
    }
  });

  it("refuses what the schema refuses: the validator is not one that passes everything", () => {
    const validate = validator();
    expect(validate({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
  });
});
