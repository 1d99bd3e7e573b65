/** Reading and writing plain data by dotted key (`userSearch.baseDN`, `matchers.0.userAttr`). */

import { isTree, type Tree } from "./tree";

/** The value at `key` in `tree`, or undefined when any step is missing. Numbers index lists. */
export function valueAt(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split(".")) {
    if (!isTree(node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * Sets `value` at `key`, making each missing step on the way: a list where the next part is a
 * number, as form libraries do, an object otherwise.
 */
export function setAt(tree: Tree, key: string, value: unknown): void {
  const parts = key.split(".");
  let node = tree;
  parts.slice(0, -1).forEach((part, index) => {
    node[part] ??= /^\d+$/.test(parts[index + 1] ?? "") ? [] : {};
    node = node[part] as Tree;
  });
  node[parts[parts.length - 1] as string] = value;
}
