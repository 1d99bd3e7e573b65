import type { Document } from "yaml";

import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import { lineFinder, offsetOfPath } from "@/lib/yaml/node-lines";

import type { LineWarning } from "./line-warnings";

/** An imported values file as warnings read it: its text, its parsed document and its values. */
export type ImportedFile = { text: string; document: Document; values: unknown };

/** A field to warn of wherever an imported file sets it, by its path (`a.b[0].c`). */
export type WarnedField = { path: string; message: string };

/** Each of `fields` that an imported file sets, warned of at its line. */
export function fieldWarnings(file: ImportedFile, fields: readonly WarnedField[]): LineWarning[] {
  const lineAt = lineFinder(file.text);
  return fields.flatMap((field) => {
    const path = parsePath(field.path);
    if (valueAtPath(file.values, path) === undefined) return [];
    return [{ line: lineAt(offsetOfPath(file.document, path)), message: field.message }];
  });
}
