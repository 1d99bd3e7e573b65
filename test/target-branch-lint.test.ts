import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

import { TARGET_IDS } from "@/lib/targets/catalog";

const eslint = new ESLint();

/** The rules that fire on `code`, linted as if it were the file at `filePath`. */
async function firedRules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "");
}

// The lint rule spells the target ids out (ESLint's config cannot read the TypeScript catalog), so
// this checks it knows every id the catalog has, and that it bites where it must and only there.
describe("no code outside lib/targets branches on a target id", () => {
  it.each(TARGET_IDS)("a comparison with %s outside lib/targets fails lint", async (id) => {
    const code = `export function f(t: string): boolean {\n  return t === "${id}";\n}\n`;
    expect(await firedRules(code, "lib/hub/branch.ts")).toContain("no-restricted-syntax");
    expect(await firedRules(code, "components/branch.tsx")).toContain("no-restricted-syntax");
  });

  it("a switch on .target outside lib/targets fails lint", async () => {
    const code = `export function f(c: { target: string }): number {\n  switch (c.target) {\n    default:\n      return 1;\n  }\n}\n`;
    expect(await firedRules(code, "lib/downloads/branch.ts")).toContain("no-restricted-syntax");
  });

  it("inside lib/targets a target may name itself", async () => {
    const code = `export function f(t: string): boolean {\n  return t === "gke";\n}\n`;
    expect(await firedRules(code, "lib/targets/gke/branch.ts")).not.toContain(
      "no-restricted-syntax",
    );
  });
});
