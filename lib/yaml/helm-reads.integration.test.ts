import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { buildInstallFiles } from "@/lib/downloads/install-files";
import { importValues, renderOverImported } from "@/lib/import/import-values";
import { buildInstallManifests } from "@/lib/manifests/install-secrets";
import { secretsFileManifests } from "@/lib/manifests/secrets-file";
import type { TargetConfig } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { patchYamlText } from "@/lib/yaml/patch-text";
import { renderYaml } from "@/lib/yaml/stringify";
import { HELM_MAJORS, helmVersion } from "@/scripts/helm/helm-binaries";
import { readAsHelm, type HelmReading } from "@/scripts/helm/read-values";
import { wildNonBlank } from "@/test/support/arbitraries/text";
import { configArbitrary } from "@/test/support/config-arbitrary";
import { filledConfig } from "@/test/support/filled-config";
import { typedStringPaths, withTextsAt } from "@/test/support/typed-strings";

const CONFIGS_PER_TARGET = 20;
/** Each Helm run takes tens of milliseconds; a target's files take a few hundred runs. */
const HELM_TIMEOUT_MS = 180_000;
const GENERATED_AT = new Date("2026-01-01T00:00:00Z");

/** `value` as JSON holds it, maps with their keys in order: Helm's toJson sorts them. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, child]) => [key, canonical(child)]),
    );
  }
  return value;
}

const asJson = (value: unknown): unknown => canonical(JSON.parse(JSON.stringify(value)));

function readingOf(reading: HelmReading | undefined): unknown {
  if (!reading || "error" in reading) return { helmRefused: reading?.error };
  return canonical(reading.json);
}

/** A configuration's files, each document of secrets.yaml apart (kubectl splits them the same way). */
function filesOf(target: TargetId, config: TargetConfig): { texts: string[]; expected: unknown[] } {
  const files = buildInstallFiles(targetModule(target), config, GENERATED_AT);
  const manifests = secretsFileManifests(buildInstallManifests(config));
  return {
    texts: [files["values.yaml"], ...files["secrets.yaml"].split(/^---\n/m)],
    expected: [targetModule(target).buildValues(config), ...manifests].map(asJson),
  };
}

/** Random configurations of `target`, with every typed field of one of them wild. */
function samplesOf(target: TargetId, seed: number): TargetConfig[] {
  const filled = filledConfig(target);
  const paths = typedStringPaths(filled, targetModule(target).schema);
  const wild = fc.sample(
    fc.array(wildNonBlank, { minLength: paths.length, maxLength: paths.length }),
    {
      numRuns: CONFIGS_PER_TARGET / 2,
      seed,
    },
  );
  return [
    ...fc.sample(configArbitrary(target), { numRuns: CONFIGS_PER_TARGET / 2, seed }),
    ...wild.map((texts) =>
      withTextsAt(
        filled,
        paths.map((path, index) => [path, texts[index] as string] as const),
      ),
    ),
  ];
}

const CASES = HELM_MAJORS.flatMap((major) => TARGET_IDS.map((target) => [major, target] as const));

describe.each(CASES)("[Helm %s, %s] files as Helm reads them", (major, target) => {
  const seed = Date.now();

  it(
    `values.yaml and each Secret read as the data Easel built (seed ${seed})`,
    async () => {
      const all = samplesOf(target, seed).map((config) => filesOf(target, config));
      const readings = await readAsHelm(
        major,
        all.flatMap((files) => files.texts),
      );
      const read = readings.map(readingOf);
      expect(read).toEqual(all.flatMap((files) => files.expected));
    },
    HELM_TIMEOUT_MS,
  );

  it(
    `an imported file re-exported with wild values reads as the yaml library reads it (seed ${seed})`,
    async () => {
      const targetForm = targetModule(target);
      const [first, ...others] = samplesOf(target, seed);
      const text = buildInstallFiles(targetForm, first!, GENERATED_AT)["values.yaml"];
      const imported = importValues(targetForm, "values.yaml", text, first!);
      if ("problem" in imported) throw new Error(imported.problem);
      const exported = others.map((config) =>
        renderOverImported(imported.imported, targetForm.buildValues(config)),
      );
      // What the yaml library reads of each export is checked elsewhere; Helm must read the same.
      expect((await readAsHelm(major, exported)).map(readingOf)).toEqual(
        exported.map((text) => asJson(parse(text, { version: "1.1" }))),
      );
    },
    HELM_TIMEOUT_MS,
  );
});

/** Strings Helm's reader is known to read otherwise than YAML 1.1 says, or to refuse raw. */
const HELM_TRAPS = [
  ...["-_8e20", "1_000", "+1_0", "0b1_0", "0x_1F", "0_777", "1_0.5", ".5_0"],
  ...["yes", "y", "n", "on", "off", "~", "null", "0777", "1e3", ".inf", "-.inf", ".nan", "<<"],
  ...["\tindented\nby a tab", "line\n\ttab", " space\nfirst"],
  ...["2001-12-14", "a\u2028b: c", "x\u0085y", "d\u007fe", "\ufeffh", "k\u2029l", "=", "0o17"],
];

describe.each(HELM_MAJORS)("[Helm %s] strings Helm is known to misread", (major) => {
  it(
    `come back as the same strings, as keys and values, written or patched in (${helmVersion(major)})`,
    async () => {
      const data = Object.fromEntries(HELM_TRAPS.map((trap) => [trap, [trap, { inner: trap }]]));
      const written = renderYaml(data);
      const patched = HELM_TRAPS.map((trap) =>
        patchYamlText("plain: x # kept\nquoted: 'x'\n", [
          { kind: "set", path: ["plain"], value: trap },
          { kind: "set", path: ["quoted"], value: trap },
          { kind: "set", path: [trap], value: trap },
        ]),
      );
      expect((await readAsHelm(major, [written, ...patched])).map(readingOf)).toEqual([
        asJson(data),
        ...HELM_TRAPS.map((trap) => asJson({ plain: trap, quoted: trap, [trap]: trap })),
      ]);
    },
    HELM_TIMEOUT_MS,
  );
});

/** A lone UTF-16 surrogate: half of a character, which the yaml library writes as `\ud800`. */
const BROKEN = "a\ud800b";

describe("a broken character (a lone UTF-16 surrogate)", () => {
  const written = renderYaml({ fine: "text", broken: BROKEN });

  it.each(HELM_MAJORS)("makes Helm %s refuse the whole file", async (major) => {
    expect(await readAsHelm(major, [written])).toEqual([
      { error: expect.stringMatching(/invalid Unicode character escape code/) },
    ]);
  });

  it("is refused by Easel wherever it comes in, so Easel never writes one", () => {
    const imported = importValues(targetModule("gke"), "values.yaml", written, filledConfig("gke"));
    expect(imported).toEqual({ problem: expect.stringMatching(/broken character/) });
    for (const target of TARGET_IDS) {
      const filled = filledConfig(target);
      const { schema } = targetModule(target);
      const accepted = typedStringPaths(filled, schema).filter(
        (path) => schema.safeParse(withTextsAt(filled, [[path, BROKEN]])).success,
      );
      expect({ target, accepted }).toEqual({ target, accepted: [] });
    }
  });
});
