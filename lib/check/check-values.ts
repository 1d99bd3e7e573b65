import { lineWarnings, type LineWarning } from "@/lib/import/line-warnings";
import { readConfig } from "@/lib/import/read-config";
import { readValuesFile, type ValuesFileReading } from "@/lib/import/read-values-file";
import type { TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { offsetOfPath, positionFinder } from "@/lib/yaml/node-lines";
import type { TextProblem } from "@/lib/yaml/parse-untrusted";

import { byPlace, type Finding, type Severity } from "./finding";
import { knownKeys, knownKeysWithChart } from "./known-keys";
import { nearEnumFindings } from "./near-enums";
import { unknownKeyFindings } from "./unknown-keys";

type ValuesFile = Exclude<ValuesFileReading, TextProblem>;

/**
 * The warnings an import of the file gives, as findings: what any import warns of (`warning`), and
 * what the named target says of its own fields, such as the appliance installer's (`info`).
 */
function importFindings(reading: ValuesFile, text: string, target: TargetId | undefined) {
  const { document, values } = reading;
  const reader = target === undefined ? undefined : targetModule(target);
  const notes = reader ? readConfig(reader, values, reader.createDefaults() as never).notes : [];
  const asFindings = (warnings: readonly LineWarning[], severity: Severity, rule: string) =>
    warnings.map((warning): Finding => ({
      severity,
      path: "",
      line: warning.line,
      column: 1,
      rule,
      message: warning.message,
    }));
  return [
    ...asFindings(lineWarnings(text, document, values, notes), "warning", "import-warning"),
    ...asFindings(reader?.importWarnings({ text, document, values }) ?? [], "info", "target-note"),
  ];
}

/**
 * Everything `easel check` finds in a values file, in the file's order: every warning the import
 * knows, keys that are slips of known ones, and values that are slips of a key's known values;
 * given the chart's default values (`chartValues`), every key neither they nor Easel know.
 * A file that cannot be read as a values file gives its problem instead.
 */
export function checkValues(
  text: string,
  target?: TargetId,
  chartValues?: unknown,
): { findings: Finding[] } | TextProblem {
  const reading = readValuesFile(text);
  if ("problem" in reading) return reading;
  const positionOf = positionFinder(text);
  return {
    findings: byPlace([
      ...importFindings(reading, text, target),
      ...(chartValues === undefined
        ? unknownKeyFindings(reading.document, knownKeys(), positionOf)
        : unknownKeyFindings(reading.document, knownKeysWithChart(chartValues), positionOf, true)),
      ...nearEnumFindings(reading.values, (path) =>
        positionOf(offsetOfPath(reading.document, path)),
      ),
    ]),
  };
}
