import type { TreePath } from "@/lib/paths/tree-path";

import type { ValuesReader } from "./values-reader";

/**
 * Which items of a list in the imported file the form's list came from, in order. A list item
 * the form cannot show (a connector type Easel does not configure) stays in the file, so the
 * form's item `i` is the file's item `indexes[i]`.
 */
export type ListAlignment = { path: TreePath; indexes: number[]; length: number };

/** Reads each item of a list, keeping the file's index of every item the form shows. */
export function readList<T>(
  values: ValuesReader,
  path: TreePath,
  readItem: (at: TreePath) => T | undefined,
): { items: T[]; alignment: ListAlignment } | undefined {
  const list = values.list(path);
  if (list === undefined) return undefined;
  const items: T[] = [];
  const indexes: number[] = [];
  list.forEach((_, index) => {
    const item = readItem([...path, index]);
    if (item === undefined) return;
    items.push(item);
    indexes.push(index);
  });
  return { items, alignment: { path, indexes, length: list.length } };
}
