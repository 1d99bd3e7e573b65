import type { TargetConfig } from "@/lib/schemas/targets";
import type { TextProblem } from "@/lib/yaml/parse-untrusted";
import { patchYamlText, rememberParsedSource } from "@/lib/yaml/patch-text";

import type { ImportedFile } from "./field-warnings";
import { fileEdits } from "./file-edits";
import { lineWarnings, type LineWarning } from "./line-warnings";
import type { ListAlignment } from "./list-alignment";
import { readConfig, type ReadableTarget } from "./read-config";
import { readValuesFile } from "./read-values-file";

/** An existing values file the form was filled from, kept to write the admin's edits into. */
export type ImportedValues = {
  name: string;
  /** The domain the form read from the file: values still naming it after a change are found. */
  domain: string;
  text: string;
  /** The file's values, as parsed. */
  values: unknown;
  /** The values Easel would write for the configuration it read: edits are measured from here. */
  baseline: object;
  alignments: ListAlignment[];
  warnings: LineWarning[];
};

export type ValuesImport<C extends TargetConfig> =
  { imported: ImportedValues; config: C } | TextProblem;

/** What the import asks of a target: how to read its keys, write them, and warn of its own lines. */
export type ImportingTarget<C extends TargetConfig> = ReadableTarget<C> & {
  buildValues(config: C): object;
  importWarnings(file: ImportedFile): LineWarning[];
};

/**
 * Reads an existing values file into a target's form. Malformed, oversized or hostile YAML is
 * refused with the reason; a file that parses is kept whole, so every key and comment the form
 * does not edit survives the export.
 */
export function importValues<C extends TargetConfig>(
  module: ImportingTarget<C>,
  name: string,
  text: string,
  current: C,
): ValuesImport<C> {
  const reading = readValuesFile(text);
  if ("problem" in reading) return reading;
  const { values, document } = reading;
  rememberParsedSource(text, document, values);
  const { config, notes, alignments } = readConfig(module, values, current);
  return {
    config,
    imported: {
      name,
      domain: config.global.domain,
      text,
      values,
      baseline: module.buildValues(config),
      alignments,
      warnings: [
        ...lineWarnings(text, document, values, notes),
        ...module.importWarnings({ text, document, values }),
      ].sort((a, b) => a.line - b.line),
    },
  };
}

/** The imported file with the form's values written in, every other byte as it was. */
export function renderOverImported(
  imported: Pick<ImportedValues, "text" | "values" | "baseline" | "alignments">,
  values: object,
): string {
  const { text, baseline, alignments } = imported;
  return patchYamlText(text, fileEdits(imported.values, baseline, values, alignments));
}
