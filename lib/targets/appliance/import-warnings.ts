import { fieldWarnings, type ImportedFile } from "@/lib/import/field-warnings";

import { CONDITION_REASONS, INSTALLER_MANAGED_FIELDS } from "./installer-managed";

/**
 * Each field of an appliance host file that the installer manages, at its line: support staff's
 * most common ticket is an edit there that "does nothing".
 */
export function installerManagedWarnings(file: ImportedFile) {
  return fieldWarnings(
    file,
    INSTALLER_MANAGED_FIELDS.map((field) => ({
      path: field.path,
      message: `The appliance installer manages ${field.path}: ${CONDITION_REASONS[field.condition]} Your value does not reach Helm then.`,
    })),
  );
}
