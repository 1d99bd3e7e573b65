import { renderOverImported, type ImportedValues } from "@/lib/import/import-values";
import type { ConfigOf } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import type { TargetModule } from "@/lib/targets/target-module";
import { renderYaml } from "@/lib/yaml/stringify";

/**
 * values.yaml as the hub keeps it: the download's file without its time of generation, so the
 * same configuration applied twice leaves the values Secret unchanged.
 */
export function hubValuesText<T extends TargetId>(
  module: TargetModule<T>,
  config: ConfigOf<T>,
  imported?: Pick<ImportedValues, "text" | "values" | "baseline" | "alignments">,
): string {
  const values = module.buildValues(config);
  if (imported) return renderOverImported(imported, values);
  return renderYaml(values, { header: module.fileHeader(config) });
}
