import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";

/** Lines of a text, 1-based, first to last inclusive. */
export type LineRange = { first: number; last: number };

/** Where each chart path of a YAML document is written, read once from its text. */
export type DocumentLines = {
  /** The lines of `path`'s key and value, or undefined where the document does not write it. */
  rangeOf(path: TreePath): LineRange | undefined;
  /** The deepest path written on `line` (empty for a line outside every key: a comment). */
  pathAt(line: number): TreePath;
};

/**
 * Where every key and list item of a document is written, in document order: what a worker
 * reads off the text and hands the page, which then never parses the text itself. `ranges` holds
 * each path's first and last line, two numbers per path; `keys` spares the page writing each
 * path out to look it up.
 */
export type LineIndex = {
  paths: TreePath[];
  /** Each path in the docs' notation, the text it is looked up by. */
  keys: string[];
  ranges: Int32Array;
};

/**
 * The lines of an indexed document. A key written twice keeps its last occurrence, the one Helm
 * reads. The lookup by path is built on its first use, not for every text that arrives.
 */
export function linesOfIndex({ paths, keys, ranges }: LineIndex): DocumentLines {
  const rangeAt = (index: number): LineRange => ({
    first: ranges[2 * index] ?? 0,
    last: ranges[2 * index + 1] ?? 0,
  });
  let byPath: Map<string, number> | undefined;
  return {
    rangeOf: (path) => {
      byPath ??= new Map(keys.map((key, index) => [key, index]));
      const index = byPath.get(formatPath(path));
      return index === undefined ? undefined : rangeAt(index);
    },
    pathAt: (line) => {
      let deepest: number | undefined;
      paths.forEach((path, index) => {
        const { first, last } = rangeAt(index);
        const depth = deepest === undefined ? 0 : (paths[deepest]?.length ?? 0);
        if (first <= line && line <= last && path.length >= depth) deepest = index;
      });
      return deepest === undefined ? [] : (paths[deepest] ?? []);
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
