import type { ImportedValues } from "@/lib/import/import-values";
import { lineOfPath, oldDomainPlaces } from "@/lib/import/old-domain";
import {
  configDomainEdits,
  exportedValues,
  replaceOldDomain,
} from "@/lib/import/replace-old-domain";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetModule } from "@/lib/targets/modules";
import { applyValuesEdits } from "@/lib/yaml/values-edits";

import type { Output } from "./output";

/** The flag that replaces the old domain in the existing file, as the form's button does. */
export const REPLACE_OLD_DOMAIN = "replace-old-domain";

/**
 * The existing file (and the profile) the render goes on with: when the profile's domain is not
 * the one the file was read with, each value still naming the old domain is reported on stderr
 * with its line, and replaced only when `replace` is asked for. Secrets are reported masked.
 */
export function oldDomainStep(
  path: string,
  imported: ImportedValues,
  config: TargetConfig,
  replace: boolean,
  output: Output,
): { imported: ImportedValues; config: TargetConfig } {
  const target = targetModule(config.target);
  const buildValues = (next: TargetConfig) => target.buildValues(next);
  const change = { oldDomain: imported.domain, newDomain: config.global.domain };
  const lineOf = lineOfPath(imported.text, imported.values);
  const places = oldDomainPlaces(exportedValues(imported, buildValues(config)), change, lineOf);
  if (places.length === 0) return { imported, config };
  for (const place of places) {
    const where = place.line === undefined ? path : `${path}, line ${place.line}`;
    const what = place.isSecret
      ? "(a secret, not shown)"
      : `"${place.shown}" (would become "${place.shownReplacement}")`;
    output.err(`${where}: ${place.name} still names the old domain ${change.oldDomain}: ${what}`);
  }
  const count = places.length === 1 ? "this place" : `these ${places.length} places`;
  if (!replace) {
    output.err(`The old domain stays in ${count}; --${REPLACE_OLD_DOMAIN} replaces it.`);
    return { imported, config };
  }
  const edits = configDomainEdits(imported, buildValues, config, places, change);
  output.err(`Replaced ${change.oldDomain} with ${change.newDomain} in ${count}.`);
  return {
    imported: replaceOldDomain(imported, places, change),
    config: applyValuesEdits(config, edits) as TargetConfig,
  };
}
