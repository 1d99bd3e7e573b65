import { isMapping, ownValue, storeOwn, type Tree } from "@/lib/tree/tree";

import type { TreePath } from "./tree-path";

/**
 * The child of `node` at `key`: a list's item at a number, a mapping's own value at text (a
 * file's `constructor` key is data, not Object's); undefined otherwise, so a path names one
 * place only.
 */
function childAt(node: unknown, key: string | number): unknown {
  if (Array.isArray(node)) return typeof key === "number" ? node[key] : undefined;
  return isMapping(node) && typeof key === "string" ? ownValue(node, key) : undefined;
}

/**
 * The value at `path` in `tree`, or undefined when any step is missing: a number reads a list's
 * item, text a mapping's key (a mapping's `0:` is not read by the number 0).
 */
export function valueAtPath(tree: unknown, path: TreePath): unknown {
  let node = tree;
  for (const key of path) {
    node = childAt(node, key);
    if (node === undefined) return undefined;
  }
  return node;
}

function assertIndex(key: number): void {
  if (!Number.isInteger(key) || key < 0) throw new RangeError(`${key} is not a sequence index.`);
}

/**
 * The container `key` is set in: `current` when it fits, else a new one. A mapping takes any key
 * (a number becomes its digits, as YAML keys read back); a list takes only indexes.
 */
function containerFor(current: unknown, key: string | number): Tree | unknown[] {
  if (isMapping(current)) return current;
  if (Array.isArray(current) && typeof key === "number") return current;
  return typeof key === "number" ? [] : {};
}

/**
 * Sets `value` at `path` in `tree`, in place, and returns the root (which a set of the root, or
 * under something that is not a container, replaces). Each missing step is made on the way: a
 * list where the next key is a number, a mapping otherwise; a step that cannot hold the next key
 * is replaced. A list has no holes: a gap before a far index is filled with nulls. Keys are stored
 * as own properties, even `__proto__`. Throws a RangeError for an index that is not one.
 */
export function setAtPath(tree: unknown, path: TreePath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const container = containerFor(tree, key);
  if (Array.isArray(container)) {
    const index = key as number;
    assertIndex(index);
    while (container.length < index) container.push(null);
    container[index] = setAtPath(container[index], rest, value);
  } else {
    const name = String(key);
    storeOwn(container, name, setAtPath(ownValue(container, name), rest, value));
  }
  return container;
}

/**
 * Deletes what `path` names in `tree`, in place, and returns the root: a list's item is spliced
 * out, a missing path is left alone, and deleting the root leaves null (as an empty YAML
 * document reads).
 */
export function deleteAtPath(tree: unknown, path: TreePath): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return null;
  if (Array.isArray(tree)) {
    if (typeof key !== "number") return tree;
    assertIndex(key);
    if (key >= tree.length) return tree;
    if (rest.length === 0) tree.splice(key, 1);
    else tree[key] = deleteAtPath(tree[key], rest);
    return tree;
  }
  if (isMapping(tree)) {
    const name = String(key);
    if (!Object.hasOwn(tree, name)) return tree;
    if (rest.length === 0) delete tree[name];
    else storeOwn(tree, name, deleteAtPath(tree[name], rest));
  }
  return tree;
}
