import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

import type { TreePath } from "@/lib/paths/tree-path";
import { lineFinder } from "@/lib/yaml/node-lines";

import { lineIndex, linesOfIndex, type DocumentLines, type LineIndex } from "./line-index";

export { linesOfPaths, type DocumentLines, type LineIndex, type LineRange } from "./line-index";

/**
 * Reads where every key and list item of `text` (a values.yaml) sits, so a field's chart paths
 * turn into lines and a line back into a path without parsing again.
 */
export function indexLines(text: string): LineIndex {
  const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  const lineOf = lineFinder(text);
  const paths: TreePath[] = [];
  const ranges: number[] = [];
  const add = (path: TreePath, start: number, end: number) => {
    // A node's end offset is past its last character, which may already be the next line.
    paths.push(path);
    ranges.push(lineOf(start), lineOf(Math.max(start, end - 1)));
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
  return lineIndex(paths, ranges);
}

/** `indexLines` and `linesOfIndex` at once, for a text read in place. */
export function documentLines(text: string): DocumentLines {
  return linesOfIndex(indexLines(text));
}
