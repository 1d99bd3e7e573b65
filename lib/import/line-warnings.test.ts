import { describe, expect, it } from "vitest";

import { parseUntrustedYaml } from "@/lib/yaml/parse-untrusted";

import { lineWarnings } from "./line-warnings";

function warningsOf(text: string, notes = []) {
  const reading = parseUntrustedYaml(text, "values file", { uniqueKeys: false });
  if ("problem" in reading) throw new Error(reading.problem);
  return lineWarnings(text, reading.document, reading.value, notes);
}

describe("lineWarnings", () => {
  it("flags the docs' `enabled: true,` at its line", () => {
    const text = [
      "canvas:",
      "  impersonationProxy:",
      "    enabled: true,",
      "    userMode: passthrough",
    ].join("\n");
    expect(warningsOf(text)).toEqual([
      { line: 3, message: expect.stringMatching(/"true," is text, not a boolean/) },
    ]);
  });

  it("flags leftover placeholders, keys written twice, and tabs, each at its line", () => {
    const text = [
      "global:",
      "  dns:",
      "    domain: replace.with.your.domain",
      "  auditLogging: {}",
      "  auditLogging:\t{}",
    ].join("\n");
    expect(warningsOf(text)).toEqual([
      { line: 3, message: expect.stringMatching(/placeholder from the docs/) },
      {
        line: 5,
        message: expect.stringMatching(/already a key on line 4; Helm keeps only this last one/),
      },
      { line: 5, message: expect.stringMatching(/A tab on this line/) },
    ]);
  });

  it("places Dex's own warnings and the form's notes at the lines they concern", () => {
    const text = [
      "dex:",
      "  config:",
      "    connectors:",
      "      - type: oidc",
      "        id: idp",
      "        config:",
      "          clientSecret: pa$word",
      "      - type: github",
      "        id: idp",
    ].join("\n");
    const warnings = warningsOf(text, [
      { path: ["dex", "config", "connectors", 1, "type"], message: "a note" },
    ] as never);
    expect(warnings.map((warning) => warning.line)).toEqual([7, 8, 9]);
    expect(warnings[0]?.message).not.toContain("pa$word");
  });

  it("finds nothing in a clean file", () => {
    expect(warningsOf("global:\n  dns:\n    domain: ai.acme.io\n")).toEqual([]);
  });
});
