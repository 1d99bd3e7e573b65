import {
  CONDITION_REASONS,
  INSTALLER_MANAGED_FIELDS,
} from "@/lib/targets/appliance/installer-managed";
import { lineFinder, offsetOfPath } from "@/lib/yaml/node-lines";
import type { Document } from "yaml";

import type { LineWarning } from "./line-warnings";
import { ValuesReader, type ValuesPath } from "./values-reader";

/** A table path (`fleetConfig.spokes[0].ociRegistry`) as keys and list indexes. */
function keysOf(path: string): ValuesPath {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/**
 * Each field of an appliance host file that the installer manages, at its line: support staff's
 * most common ticket is an edit there that "does nothing".
 */
export function installerManagedWarnings(
  text: string,
  document: Document,
  values: unknown,
): LineWarning[] {
  const lineAt = lineFinder(text);
  const reader = new ValuesReader(values);
  return INSTALLER_MANAGED_FIELDS.flatMap((field) => {
    const path = keysOf(field.path);
    if (reader.at(path) === undefined) return [];
    return [
      {
        line: lineAt(offsetOfPath(document, path)),
        message: `The appliance installer manages ${field.path}: ${CONDITION_REASONS[field.condition]} Your value does not reach Helm then.`,
      },
    ];
  });
}
