import type { Finding, Severity } from "./finding";
import { CHECK_RULES } from "./rules";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF's levels for Easel's severities. */
const LEVELS: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/**
 * The findings as a SARIF 2.1.0 log that GitHub code scanning takes: the tool and its rules with
 * help text, and each finding at its file's line and column (`uri`, relative to the repository).
 */
export function sarifLog(findings: readonly Finding[], uri: string): object {
  const ruleIndex = new Map(CHECK_RULES.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Easel",
            rules: CHECK_RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              help: { text: rule.help },
              defaultConfiguration: { level: LEVELS[rule.severity] },
            })),
          },
        },
        results: findings.map((found) => ({
          ruleId: found.rule,
          ruleIndex: ruleIndex.get(found.rule) ?? -1,
          level: LEVELS[found.severity],
          message: { text: found.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri },
                region: { startLine: found.line, startColumn: found.column },
              },
            },
          ],
        })),
      },
    ],
  };
}
