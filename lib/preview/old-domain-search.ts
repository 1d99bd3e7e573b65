import type { ImportedValues } from "@/lib/import/import-values";
import {
  isDomainChanged,
  lineOfPath,
  oldDomainPlaces,
  type OldDomainPlace,
} from "@/lib/import/old-domain";
import { exportedValues } from "@/lib/import/replace-old-domain";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetModule } from "@/lib/targets/target-module";

/** What the search needs of an imported file: its text, values, how it was read, its domain. */
export type SearchedImport = Pick<
  ImportedValues,
  "text" | "values" | "baseline" | "alignments" | "domain"
>;

/**
 * Every place the file exported from `config` into `imported` still names the domain the file was
 * read with, with its line in the file; none while the domain is unchanged. Renders the whole
 * export: run it off the page's thread. `lineOf` is the file's line finder, made once per file.
 */
export function searchOldDomain(
  target: TargetModule,
  imported: SearchedImport,
  config: TargetConfig,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): OldDomainPlace[] {
  const domains = { oldDomain: imported.domain, newDomain: config.global.domain };
  // Only a changed domain is worth the export's values; most edits never change it.
  if (!isDomainChanged(domains)) return [];
  return oldDomainPlaces(exportedValues(imported, target.buildValues(config)), domains, lineOf);
}

/** The line finder of an imported file, for `searchOldDomain`. */
export function importLines(imported: SearchedImport) {
  return lineOfPath(imported.text, imported.values);
}
