import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";

/** A 1-based line and column in a text. */
export type TextPosition = { line: number; column: number };

/** A function from a character offset in `text` to its 1-based line and column. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/** A function from a character offset in `text` to its 1-based line number. */
export function lineFinder(text: string): (offset: number) => number {
  const positionOf = positionFinder(text);
  return (offset) => positionOf(offset).line;
}

/**
 * Where `path` is written in `document`: the offset of its key (or list item), or of the deepest
 * part of the path the document has. A key written twice resolves to its last occurrence, the
 * one Helm reads.
 */
export function offsetOfPath(document: Document, path: readonly (string | number)[]): number {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.findLast(
        (item) => isScalar(item.key) && String(item.key.value) === String(key),
      );
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}
