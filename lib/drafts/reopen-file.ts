import { importValues, type ImportedValues } from "@/lib/import/import-values";
import { identityOf } from "@/lib/import/item-identity";
import { fieldName } from "@/lib/paths/notation";
import { EVERY_ITEM, type PathPattern } from "@/lib/paths/patterns";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { SECRET_PATHS } from "@/lib/schemas/secret-paths";
import type { ConfigOf } from "@/lib/schemas/targets";
import { fileWithoutSecrets } from "@/lib/secret-tracking/file-secrets";
import type { TargetId } from "@/lib/targets/catalog";
import type { TargetModule } from "@/lib/targets/target-module";

import type { StoredFile } from "./stored-draft";

/** A secret of the file the form lacked, at its form path (`identity.connectors.0.config.clientSecret`). */
export type TakenSecret = { name: string; value: string };

export type ReopenedFile =
  { imported: ImportedValues; secrets: TakenSecret[] } | { problem: string };

/** `pattern` (one `*` at most) at each item of `current`, with the same item of `file`'s. */
function pairedPaths(
  pattern: PathPattern,
  current: unknown,
  file: unknown,
): [TreePath, TreePath][] {
  const star = pattern.indexOf(EVERY_ITEM);
  if (star === -1) return [[pattern, pattern]];
  const [list, rest] = [pattern.slice(0, star), pattern.slice(star + 1)];
  const items = valueAtPath(current, list);
  const fileItems = valueAtPath(file, list);
  if (!Array.isArray(items) || !Array.isArray(fileItems)) return [];
  return items.flatMap((item, index): [TreePath, TreePath][] => {
    const identity = identityOf(item);
    const at = fileItems.findIndex((fileItem) => identityOf(fileItem) === identity);
    if (identity === undefined || at === -1) return [];
    return [
      [
        [...list, index, ...rest],
        [...list, at, ...rest],
      ],
    ];
  });
}

/**
 * The secrets of `file` the form has left empty: each secret field, or list item of the same
 * identity (a connector's id), the file holds a value for. A secret the admin entered since
 * stays theirs, and nothing else of the form changes.
 */
export function secretsToTake(current: unknown, file: unknown): TakenSecret[] {
  return SECRET_PATHS.flatMap((path) =>
    pairedPaths(path, current, file).flatMap(([formPath, filePath]) => {
      const value = valueAtPath(file, filePath);
      if (valueAtPath(current, formPath) !== "" || typeof value !== "string" || value === "") {
        return [];
      }
      return [{ name: fieldName(formPath), value }];
    }),
  );
}

/**
 * The draft's file opened again: accepted only when it is the same file (the same text once its
 * secrets are emptied the same way), then the import of the real file and the secrets it gives
 * back to the form. The import keeps the domain the draft's file remembered.
 */
export function reopenFile<T extends TargetId>(
  module: TargetModule<T>,
  stored: StoredFile,
  name: string,
  text: string,
  current: ConfigOf<T>,
): ReopenedFile {
  const reading = importValues(module, name, text, current);
  if ("problem" in reading) return reading;
  if (fileWithoutSecrets(module, reading.imported).text !== stored.text) {
    return {
      problem: `This is a different file from ${stored.name}: nothing was changed. Open the same file, or give each secret in the form.`,
    };
  }
  return {
    imported: { ...reading.imported, domain: stored.domain },
    secrets: secretsToTake(current, reading.config),
  };
}
