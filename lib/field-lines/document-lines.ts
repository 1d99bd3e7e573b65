import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";
import { lineFinder } from "@/lib/yaml/node-lines";

/** Lines of a text, 1-based, first to last inclusive. */
export type LineRange = { first: number; last: number };

/** Where each chart path of a YAML document is written, read once from its text. */
export type DocumentLines = {
  /** The lines of `path`'s key and value, or undefined where the document does not write it. */
  rangeOf(path: TreePath): LineRange | undefined;
  /** The deepest path written on `line` (empty for a line outside every key: a comment). */
  pathAt(line: number): TreePath;
};

type Entry = { path: TreePath; range: LineRange };

/**
 * Reads where every key and list item of `text` (a values.yaml) sits, so a field's chart paths
 * turn into lines and a line back into a path without parsing again. A key written twice keeps
 * its last occurrence, the one Helm reads.
 */
export function documentLines(text: string): DocumentLines {
  const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  const lineOf = lineFinder(text);
  const entries = new Map<string, Entry>();
  const ordered: Entry[] = [];
  const add = (path: TreePath, start: number, end: number) => {
    // A node's end offset is past its last character, which may already be the next line.
    const entry = { path, range: { first: lineOf(start), last: lineOf(Math.max(start, end - 1)) } };
    entries.set(formatPath(path), entry);
    ordered.push(entry);
  };
  const walk = (node: unknown, path: TreePath) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const value = pair.value as Node | null;
        const start = pair.key.range?.[0] ?? 0;
        add([...path, key], start, value?.range?.[1] ?? pair.key.range?.[1] ?? start);
        walk(value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node | null)?.range;
        if (!range) return;
        add([...path, index], range[0], range[1]);
        walk(item, [...path, index]);
      });
    }
  };
  walk(document.contents, []);
  return {
    rangeOf: (path) => entries.get(formatPath(path))?.range,
    pathAt: (line) => {
      let deepest: Entry | undefined;
      for (const entry of ordered) {
        const { first, last } = entry.range;
        if (first <= line && line <= last && entry.path.length >= (deepest?.path.length ?? 0)) {
          deepest = entry;
        }
      }
      return deepest?.path ?? [];
    },
  };
}

/** The lines `paths` cover in `lines`, merged where they touch, in document order. */
export function linesOfPaths(lines: DocumentLines, paths: readonly TreePath[]): LineRange[] {
  const ranges = paths
    .map((path) => lines.rangeOf(path))
    .filter((range): range is LineRange => range !== undefined)
    .sort((a, b) => a.first - b.first);
  const merged: LineRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) {
      previous.last = Math.max(previous.last, range.last);
    } else merged.push({ ...range });
  }
  return merged;
}
