import { isMapping } from "@/lib/tree/tree";

import type { TreePath } from "./tree-path";

/** A leaf of a tree and where it sits. */
export type PathLeaf = { path: TreePath; value: unknown };

/**
 * Every leaf of `node` under `path`, with lists of plain values kept whole, as a file states them
 * (an empty mapping is a leaf of its own).
 */
export function valueLeaves(node: unknown, path: TreePath): PathLeaf[] {
  if (isMapping(node) && Object.keys(node).length > 0) {
    return Object.entries(node).flatMap(([key, child]) => valueLeaves(child, [...path, key]));
  }
  if (Array.isArray(node) && node.some((item) => isMapping(item) || Array.isArray(item))) {
    return node.flatMap((item, index) => valueLeaves(item, [...path, index]));
  }
  return [{ path, value: node }];
}
