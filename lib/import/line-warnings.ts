import { isMap, isScalar, visit, type Document } from "yaml";

import { dexConfigWarnings } from "@/lib/dex/config-warnings";
import { isMapping } from "@/lib/tree/tree";
import { findPlaceholder } from "@/lib/validation/placeholders";
import { lineFinder, offsetOfPath } from "@/lib/yaml/node-lines";

import type { ImportNote } from "./values-reader";

/** Something to check in an imported file, at a 1-based line. */
export type LineWarning = { line: number; message: string };

const BOOLEAN_WITH_COMMA = /^(true|false),$/i;

function scalarWarnings(document: Document, lineAt: (offset: number) => number): LineWarning[] {
  const warnings: LineWarning[] = [];
  visit(document, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string") return;
      const line = lineAt(node.range?.[0] ?? 0);
      if (BOOLEAN_WITH_COMMA.test(node.value.trim())) {
        warnings.push({
          line,
          message: `"${node.value}" is text, not a boolean: remove the comma (the docs' example has it by mistake).`,
        });
      }
      const placeholder = findPlaceholder(node.value);
      if (placeholder) {
        warnings.push({
          line,
          message: `"${placeholder}" is a placeholder from the docs: replace it with your own value.`,
        });
      }
    },
  });
  return warnings;
}

function duplicateKeyWarnings(
  document: Document,
  lineAt: (offset: number) => number,
): LineWarning[] {
  const warnings: LineWarning[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const line = lineAt(pair.key.range?.[0] ?? 0);
        const first = seen.get(name);
        if (first !== undefined) {
          warnings.push({
            line,
            message: `"${name}" is already a key on line ${first}; Helm keeps only this last one.`,
          });
        } else seen.set(name, line);
      }
    },
  });
  return warnings;
}

function tabWarnings(text: string): LineWarning[] {
  return text.split("\n").flatMap((content, index) =>
    content.includes("\t")
      ? [
          {
            line: index + 1,
            message:
              "A tab on this line: YAML indents with spaces only, so a tab is easily misread.",
          },
        ]
      : [],
  );
}

/**
 * Everything suspicious in an imported values file, by line: booleans written as `true,`, docs
 * placeholders, keys written twice, tabs, what Dex would misread in `dex.config`, and the values
 * the form could not take.
 */
export function lineWarnings(
  text: string,
  document: Document,
  values: unknown,
  notes: readonly ImportNote[],
): LineWarning[] {
  const lineAt = lineFinder(text);
  const lineOf = (path: readonly (string | number)[]) => lineAt(offsetOfPath(document, path));
  const dexConfig = isMapping(values) && isMapping(values.dex) ? values.dex.config : undefined;
  const warnings = [
    ...scalarWarnings(document, lineAt),
    ...duplicateKeyWarnings(document, lineAt),
    ...tabWarnings(text),
    ...(isMapping(dexConfig) ? dexConfigWarnings(dexConfig) : []).map((warning) => ({
      line: lineOf(["dex", "config", ...warning.path]),
      message: warning.message,
    })),
    ...notes.map((note) => ({ line: lineOf(note.path), message: note.message })),
  ];
  return warnings.sort((a, b) => a.line - b.line);
}
