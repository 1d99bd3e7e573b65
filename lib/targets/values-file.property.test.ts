import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { connectorValue } from "@/lib/dex/connectors/field-values";
import { buildInstallFiles } from "@/lib/downloads/install-files";
import { rememberReadings } from "@/lib/forms/remember-readings";
import { buildInstallManifests } from "@/lib/manifests/install-secrets";
import { secretsFileManifests } from "@/lib/manifests/secrets-file";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TargetConfig } from "@/lib/schemas/targets";
import { wildNonBlank } from "@/test/support/arbitraries/text";
import { configArbitrary } from "@/test/support/config-arbitrary";
import { documentShape, shapeWithout } from "@/test/support/document-shape";
import { filledConfig } from "@/test/support/filled-config";
import { hostileString } from "@/test/support/hostile-string";
import { issueLines } from "@/test/support/issue-lines";
import {
  helmUnreadableCharacters,
  readDocuments,
  readDocumentsAsHelm,
  readSingleDocument,
} from "@/test/support/read-yaml";
import { configuredSecretTexts, decodedSecretTexts } from "@/test/support/secret-texts";
import { structuredSettingAt } from "@/test/support/structured-settings";
import { validConfig } from "@/test/support/target-config";
import { typedStringPaths, withTextAt, withTextsAt } from "@/test/support/typed-strings";

import { TARGET_IDS, type TargetId } from "./catalog";
import { targetModule } from "./modules";

/** Random valid configurations per target. */
const VALID_RUNS = 60;
/** Random hostile strings per typed field of a filled configuration, one field at a time. */
const HOSTILE_RUNS_PER_FIELD = 1;
/** Random sets of hostile strings in every typed field of a filled configuration at once. */
const ALL_FIELDS_RUNS = 40;

const GENERATED_AT = new Date("2026-01-01T00:00:00Z");

/** values.yaml (written by renderValuesFile) and secrets.yaml, as the download bundles them. */
function renderFiles(target: TargetId, config: TargetConfig) {
  const files = buildInstallFiles(targetModule(target), config, GENERATED_AT);
  return { values: files["values.yaml"], secrets: files["secrets.yaml"] };
}

/**
 * No character Helm's go-yaml reads otherwise than the yaml library (a line break to it, or a
 * refused control) stands raw in either file.
 */
function expectReadableByHelm(files: { values: string; secrets: string }): void {
  expect(helmUnreadableCharacters(files.values)).toEqual([]);
  expect(helmUnreadableCharacters(files.secrets)).toEqual([]);
}

/** The documents secrets.yaml must hold: each manifest, or PaletteAI's Namespace when none. */
function expectedDocuments(config: TargetConfig): unknown[] {
  return [...secretsFileManifests(buildInstallManifests(config))];
}

function expectSecretTextsDecoded(documents: unknown[], config: TargetConfig): void {
  for (const { text, ...place } of configuredSecretTexts(config)) {
    expect(decodedSecretTexts(documents, place)).toContain(text);
  }
  const { palette, namespace } = config.integrations;
  if (palette.isEnabled) {
    const place = { namespace, name: palette.secretName, key: "palette" };
    const [settings = "null"] = decodedSecretTexts(documents, place);
    expect(JSON.parse(settings)).toMatchObject({ apiKey: palette.apiKey });
  }
}

describe.each(TARGET_IDS)("[%s] random valid configurations", (target) => {
  it("pass the schema, and read back from values.yaml and secrets.yaml as the data they were made from", () => {
    const moduleOfTarget = targetModule(target);
    fc.assert(
      fc.property(configArbitrary(target), (config) => {
        expect(issueLines(moduleOfTarget.schema, config)).toEqual([]);
        const files = renderFiles(target, config);
        expectReadableByHelm(files);
        expect(readSingleDocument(files.values)).toEqual(moduleOfTarget.buildValues(config));
        const documents = readDocuments(files.secrets);
        expect(documents).toEqual(expectedDocuments(config));
        expectSecretTextsDecoded(documents, config);
      }),
      { numRuns: VALID_RUNS },
    );
  }, 60_000);
});

/** The shapes of values.yaml and of each secrets.yaml document, less what lies within `exempt`. */
function filesShape(values: unknown, documents: unknown[], exempt: string[][]) {
  return {
    values: shapeWithout(documentShape(values), exempt),
    secrets: documents.map(documentShape),
  };
}

/** The shape `config` gives the files, from the data rather than through YAML. */
function builtShape(target: TargetId, config: TargetConfig, exempt: string[][]) {
  return filesShape(targetModule(target).buildValues(config), expectedDocuments(config), exempt);
}

/** Files read by text: a field that changes one file leaves the other as it was read. */
const readValuesAsHelm = rememberReadings((text) => {
  const documents = readDocumentsAsHelm(text);
  expect(documents).toHaveLength(1);
  return documents[0];
});
const readSecretsAsHelm = rememberReadings(readDocumentsAsHelm);

describe.each(TARGET_IDS)("[%s] hostile strings in typed fields", (target) => {
  const moduleOfTarget = targetModule(target);
  const filled = filledConfig(target);
  const paths = typedStringPaths(filled, moduleOfTarget.schema);
  const structured = paths.map((path) => structuredSettingAt(filled, path));

  it("start from a valid configuration with every list filled", () => {
    expect(issueLines(moduleOfTarget.schema, filled)).toEqual([]);
    expect(paths.length).toBeGreaterThan(50);
  });

  it("in one field at a time, break no document and add no key", () => {
    paths.forEach((path, index) => {
      const setting = structured[index];
      const exempt = setting ? [setting.shapePath] : [];
      const placeholderShape = builtShape(target, withTextAt(filled, path, "x"), exempt);
      // A blank string may count as set or as not set, depending on the field.
      const emptyShape = builtShape(target, withTextAt(filled, path, ""), exempt);
      const check = (text: string) => {
        const config = withTextAt(filled, path, text);
        const files = renderFiles(target, config);
        expectReadableByHelm(files);
        const values = readValuesAsHelm(files.values);
        const documents = readSecretsAsHelm(files.secrets);
        expect(values).toEqual(moduleOfTarget.buildValues(config));
        expect(documents).toEqual(expectedDocuments(config));
        const shapes = text.trim() === "" ? [placeholderShape, emptyShape] : [placeholderShape];
        expect(shapes).toContainEqual(filesShape(values, documents, exempt));
        if (setting) {
          expect(valueAtPath(values, setting.valuesPath)).toEqual(
            connectorValue(setting.field, text),
          );
        }
      };
      try {
        fc.assert(fc.property(hostileString, check), { numRuns: HOSTILE_RUNS_PER_FIELD });
      } catch (error) {
        throw new Error(`With a hostile string at ${JSON.stringify(path)}`, { cause: error });
      }
    });
  }, 60_000);

  it("in every field at once, read back as written, in the shape placeholders give", () => {
    const exempt = structured.flatMap((setting) => (setting ? [setting.shapePath] : []));
    // Distinct strings, so that no two fields (two namespaces, say) merge in one run only.
    const placeholders = withTextsAt(
      filled,
      paths.map((path, index) => [path, `x${index}`] as const),
    );
    const placeholderShape = builtShape(target, placeholders, exempt);
    const distinctTexts = fc.uniqueArray(wildNonBlank, {
      minLength: paths.length,
      maxLength: paths.length,
    });
    fc.assert(
      fc.property(distinctTexts, (texts) => {
        const config = withTextsAt(
          filled,
          paths.map((path, index) => [path, texts[index] as string] as const),
        );
        const files = renderFiles(target, config);
        expectReadableByHelm(files);
        const values = readSingleDocument(files.values);
        const documents = readDocuments(files.secrets);
        expect(values).toEqual(moduleOfTarget.buildValues(config));
        expect(documents).toEqual(expectedDocuments(config));
        expect(filesShape(values, documents, exempt)).toEqual(placeholderShape);
      }),
      { numRuns: ALL_FIELDS_RUNS },
    );
  }, 60_000);
});

describe("characters Helm's YAML reader takes for line breaks or refuses", () => {
  it("are escaped between double quotes, so the value reads back whole", () => {
    const config = validConfig("gke");
    config.canvas.sessionSecret = "correct\u2028horse\u0085battery\u007fstaple";
    config.canvas.impersonation = {
      ...config.canvas.impersonation,
      enabled: true,
      userMap: [{ key: "alice\u2029injected: admin", value: "ops" }],
    };
    expect(issueLines(targetModule("gke").schema, config)).toEqual([]);
    const { values } = renderFiles("gke", config);
    expect(helmUnreadableCharacters(values)).toEqual([]);
    expect(values).toContain('"correct\\u2028horse\\u0085battery\\u007fstaple"');
    expect(readSingleDocument(values)).toEqual(targetModule("gke").buildValues(config));
  });
});
