import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, stringify } from "yaml";

import { CONNECTOR_SPECS, CONNECTOR_TYPES } from "@/lib/dex/connectors/index";
import { serviceAccountKeyProblem } from "@/lib/dex/google-service-account";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import type { TreePath } from "@/lib/paths/tree-path";
import { readPemCertificates } from "@/lib/pki/pem-certificate";
import { readProfile } from "@/lib/profile/profile";
import type { TargetConfig } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { isMapping } from "@/lib/tree/tree";
import { applyValuesEdits } from "@/lib/yaml/values-edits";
import { everyField } from "@/test/support/connectors";
import { hostileString, hostileText } from "@/test/support/hostile-string";
import { validConfig } from "@/test/support/target-config";

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
function pathsOf(tree: unknown, at: TreePath = []): TreePath[] {
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

/**
 * Lists compared by their item types, where both have items. With `mayLack`, a mapping may lack
 * keys (a connector setting of the wrong type is left out of the form), never have others.
 */
function sameTypes(actual: unknown, expected: unknown, mayLack: boolean): boolean {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length === 0) return true;
    // Items are the JSON of their shapes (typeShape), compared as shapes where keys may lack.
    return actual.every((item) =>
      mayLack
        ? expected.some((shape) =>
            sameTypes(JSON.parse(item as string), JSON.parse(shape as string), true),
          )
        : expected.includes(item),
    );
  }
  if (isMapping(expected) && isMapping(actual)) {
    const keys = Object.keys(mayLack ? actual : expected);
    return (
      (mayLack || keys.length === Object.keys(actual).length) &&
      keys.every((key) => key in expected && sameTypes(actual[key], expected[key], mayLack))
    );
  }
  return actual === expected;
}

/** A valid configuration with a connector of every type, every setting Easel offers filled. */
function withEveryConnector(target: TargetId): TargetConfig {
  const config = validConfig(target) as TargetConfig;
  // A typed redirect URI, so that a file's change of domain does not add one.
  config.identity.connectors = CONNECTOR_TYPES.map((type) => {
    const connector = everyField(type);
    if (CONNECTOR_SPECS[type].hasRedirectURI)
      connector.config.redirectURI = "https://idp.acme.io/cb";
    return connector;
  });
  return config;
}

/**
 * The valid configuration each file starts from: the target's defaults, and one with a connector
 * of every type, so that every connector setting is a path too.
 */
const STARTS = TARGET_IDS.flatMap((target) => [
  { target, name: "defaults", current: validConfig(target) as TargetConfig, mayLack: false },
  { target, name: "every connector", current: withEveryConnector(target), mayLack: true },
]);

describe.each(STARTS)(
  "[$target, $name] a values file with anything anywhere",
  ({ target, current, mayLack }) => {
    const targetForm = targetModule(target);
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
            expect(sameTypes(typeShape(result.config), formTypes, mayLack)).toBe(true);
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
  },
);

describe("any text given to a reader of outside input", () => {
  const readers: [string, (input: string) => unknown][] = [
    ["a values file", (input) => importValues(targetModule("gke"), "v", input, validConfig("gke"))],
    ["a profile", readProfile],
    ["a kubeconfig", (input) => readKubeconfig(input, "")],
    ["a PEM bundle", readPemCertificates],
    ["a service-account key", serviceAccountKeyProblem],
  ];

  it.each(readers)("as %s is refused or read, never thrown on", (_name, read) => {
    fc.assert(
      fc.property(hostileText, (input) => {
        expect(() => read(input)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
