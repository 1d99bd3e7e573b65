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
 * each path's first and last line, two numbers per path, and is transferred. The paths travel as
 * one JSON text: thousands of small arrays cost the page a structured clone (and its garbage) at
 * every answer, one string costs a copy, and a keystroke seldom changes which keys are written.
 */
export type LineIndex = {
  /** Every path, in document order, as a JSON array of paths. */
  structure: string;
  ranges: Int32Array;
};

/** The paths of a structure, and a lookup by their docs-notation text. */
type Structure = { paths: TreePath[]; byKey: Map<string, number> };

/**
 * The structure last read: a new text with the same keys (a value typed) reuses it, so the page
 * reads the paths and builds the lookup only when the keys written change.
 */
let lastStructure: { text: string; structure: Structure } | undefined;

function readStructure(text: string): Structure {
  if (lastStructure?.text === text) return lastStructure.structure;
  const paths = JSON.parse(text) as TreePath[];
  const structure = {
    paths,
    byKey: new Map(paths.map((path, index) => [formatPath(path), index])),
  };
  lastStructure = { text, structure };
  return structure;
}

/** Every path of `paths` with its lines, as the worker sends them. */
export function lineIndex(paths: readonly TreePath[], ranges: readonly number[]): LineIndex {
  return { structure: JSON.stringify(paths), ranges: Int32Array.from(ranges) };
}

/**
 * The lines of an indexed document. A key written twice keeps its last occurrence, the one Helm
 * reads. The structure is read on first use, not for every text that arrives.
 */
export function linesOfIndex({ structure, ranges }: LineIndex): DocumentLines {
  const rangeAt = (index: number): LineRange => ({
    first: ranges[2 * index] ?? 0,
    last: ranges[2 * index + 1] ?? 0,
  });
  return {
    rangeOf: (path) => {
      const index = readStructure(structure).byKey.get(formatPath(path));
      return index === undefined ? undefined : rangeAt(index);
    },
    pathAt: (line) => {
      const { paths } = readStructure(structure);
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
