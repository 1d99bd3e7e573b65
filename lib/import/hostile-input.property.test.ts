import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, stringify } from "yaml";

import { serviceAccountKeyProblem } from "@/lib/dex/google-service-account";
import { isMapping } from "@/lib/forms/tree";
import { readHostFile } from "@/lib/installer/installer-preview";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import { readPemCertificates } from "@/lib/pki/pem-certificate";
import { readProfile } from "@/lib/profile/profile";
import { targetModule } from "@/lib/targets/modules";
import { TARGET_IDS } from "@/lib/targets/registry";
import { hostileString } from "@/lib/test-support/hostile-string";
import { validConfig } from "@/lib/test-support/target-config";
import { applyValuesEdits, type ValuesPath } from "@/lib/yaml/values-edits";

import { importValues, renderOverImported } from "./import-values";

/** Any value a hand-edited file may hold where Easel expects another: wrong types included. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom("name", "config", "type")),
      tie("value"),
      {
        maxKeys: 3,
      },
    ),
  ),
})).value;

/** Every path of `tree`, inner nodes included. */
function pathsOf(tree: unknown, at: ValuesPath = []): ValuesPath[] {
  const children: [string | number, unknown][] = Array.isArray(tree)
    ? tree.map((item, index) => [index, item])
    : isMapping(tree)
      ? Object.entries(tree)
      : [];
  return [at, ...children.flatMap(([key, child]) => pathsOf(child, [...at, key]))];
}

/**
 * The types of a form model, lists by the type of their items: what the form's fields can hold,
 * whatever their values.
 */
function typeShape(value: unknown): unknown {
  if (Array.isArray(value))
    return [...new Set(value.map((item) => JSON.stringify(typeShape(item))))];
  if (isMapping(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, typeShape(child)]));
  }
  return typeof value;
}

/** Lists compared by their item types, where both have items. */
function sameTypes(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === 0 || actual.every((item) => expected.includes(item));
  }
  if (isMapping(expected) && isMapping(actual)) {
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((key) => sameTypes(actual[key], expected[key]))
    );
  }
  return actual === expected;
}

describe.each(TARGET_IDS)("[%s] a values file with anything anywhere", (target) => {
  const targetForm = targetModule(target);
  const current = validConfig(target);
  const values = targetForm.buildValues(current);
  const paths = pathsOf(values);
  const formTypes = typeShape(current);

  it("fills the form with fields of the form's own types, and exports a file that parses", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), anyValue), { minLength: 1, maxLength: 5 }),
        (changes) => {
          const edited = applyValuesEdits(
            values,
            changes.map(([path, value]) => ({ kind: "set", path, value })),
          );
          const text = stringify(edited, { version: "1.1" });
          const result = importValues(targetForm, "values.yaml", text, current);
          if ("problem" in result) {
            // Refused as a whole only when the file is no longer keys at its top.
            expect(isMapping(edited)).toBe(false);
            return;
          }
          expect(sameTypes(typeShape(result.config), formTypes)).toBe(true);
          expect(() => targetForm.schema.safeParse(result.config)).not.toThrow();
          const exported = renderOverImported(
            result.imported,
            targetForm.buildValues(result.config),
          );
          const documents = parseAllDocuments(exported);
          expect(documents).toHaveLength(1);
          expect(documents[0]?.errors).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe("any text given to a reader of outside input", () => {
  const text = fc.oneof(
    hostileString,
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.array(hostileString, { maxLength: 12 }).map((lines) => lines.join("\n")),
  );
  const readers: [string, (input: string) => unknown][] = [
    ["a values file", (input) => importValues(targetModule("gke"), "v", input, validConfig("gke"))],
    ["an appliance host file", readHostFile],
    ["a profile", readProfile],
    ["a kubeconfig", (input) => readKubeconfig(input, "")],
    ["a PEM bundle", readPemCertificates],
    ["a service-account key", serviceAccountKeyProblem],
  ];

  it.each(readers)("as %s is refused or read, never thrown on", (_name, read) => {
    fc.assert(
      fc.property(text, (input) => {
        expect(() => read(input)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
