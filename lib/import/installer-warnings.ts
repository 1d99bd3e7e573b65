import type { Document } from "yaml";

import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import {
  CONDITION_REASONS,
  INSTALLER_MANAGED_FIELDS,
} from "@/lib/targets/appliance/installer-managed";
import { lineFinder, offsetOfPath } from "@/lib/yaml/node-lines";

import type { LineWarning } from "./line-warnings";

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
  return INSTALLER_MANAGED_FIELDS.flatMap((field) => {
    const path = parsePath(field.path);
    if (valueAtPath(values, path) === undefined) return [];
    return [
      {
        line: lineAt(offsetOfPath(document, path)),
        message: `The appliance installer manages ${field.path}: ${CONDITION_REASONS[field.condition]} Your value does not reach Helm then.`,
      },
    ];
  });
}
