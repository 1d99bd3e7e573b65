import { isMapping } from "@/lib/tree/tree";

/** The keys known at one level of a values file, and below each of them. */
export type KeyTree = {
  keys: Map<string, KeyTree>;
  /** A mapping whose keys are the admin's own (annotations, a group map): none is unknown. */
  isFree: boolean;
};

/** Where any item of a list leads in a `KeyTree`. */
export const ANY_ITEM = "[i]";

export function emptyTree(): KeyTree {
  return { keys: new Map(), isFree: false };
}

function child(tree: KeyTree, key: string): KeyTree {
  let next = tree.keys.get(key);
  if (!next) {
    next = emptyTree();
    tree.keys.set(key, next);
  }
  return next;
}

/** The segments of a documented key (`a.b[i].c`, `a.*`): keys, `[i]` for any item, `*`. */
function segments(documented: string): string[] {
  return documented.replaceAll("[i]", `.${ANY_ITEM}`).split(".");
}

/** Adds a documented key, `*` marking a mapping whose keys are free. */
export function addDocumentedKey(tree: KeyTree, documented: string): void {
  let node = tree;
  for (const segment of segments(documented)) {
    if (segment === "*") {
      node.isFree = true;
      return;
    }
    node = child(node, segment);
  }
}

/** Adds every key of `values` (as a values builder wrote it), list items under `[i]`. */
export function addValueKeys(tree: KeyTree, values: unknown): void {
  if (tree.isFree) return;
  if (Array.isArray(values)) {
    for (const item of values) addValueKeys(child(tree, ANY_ITEM), item);
  } else if (isMapping(values)) {
    for (const [key, value] of Object.entries(values)) addValueKeys(child(tree, key), value);
  }
}

/** The known keys at `path` (list positions as `[i]`), or undefined where Easel knows none. */
export function treeAt(tree: KeyTree, path: readonly string[]): KeyTree | undefined {
  let node: KeyTree | undefined = tree;
  for (const key of path) {
    if (!node || node.isFree) return undefined;
    node = node.keys.get(key);
  }
  return node;
}
