import { exportedValues } from "@/lib/import/replace-old-domain";
import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";

import type { RestoredFile } from "./draft";

/**
 * The chart paths of the draft's file whose secret is still empty in the file about to be
 * exported (`values`, the form's render): each one given in the form since the reload drops out.
 */
export function missingFileSecrets(file: RestoredFile, values: object): string[] {
  const exported = exportedValues(file.imported, values);
  return file.stored.emptied.filter((path) => {
    const value = valueAtPath(exported, parsePath(path));
    return value === "" || value === undefined || value === null;
  });
}
