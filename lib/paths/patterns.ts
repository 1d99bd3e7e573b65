import { isMapping } from "@/lib/tree/tree";

import { valueAtPath } from "./read-write";
import type { TreePath } from "./tree-path";

/** The step of a pattern that stands for every item of a list (or every key of a mapping). */
export const EVERY_ITEM = "*";

/** A path whose steps may be `*`: every item of a list at that step (`["fleet", "spokes", "*"]`). */
export type PathPattern = TreePath;

/** A place a pattern matches: its own path (indexes in place of `*`) and the value there. */
export type MatchedPlace = { path: TreePath; value: unknown };

function childKeys(node: unknown): (string | number)[] {
  if (Array.isArray(node)) return node.flatMap((_item, index) => (index in node ? [index] : []));
  return isMapping(node) ? Object.keys(node) : [];
}

function collect(node: unknown, pattern: PathPattern, path: TreePath, into: MatchedPlace[]): void {
  const star = pattern.indexOf(EVERY_ITEM);
  if (star === -1) {
    const value = valueAtPath(node, pattern);
    if (value !== undefined) into.push({ path: [...path, ...pattern], value });
    return;
  }
  const list = valueAtPath(node, pattern.slice(0, star));
  const at = [...path, ...pattern.slice(0, star)];
  for (const key of childKeys(list)) {
    collect(valueAtPath(list, [key]), pattern.slice(star + 1), [...at, key], into);
  }
}

/**
 * Every place in `tree` that `pattern` matches and that holds a value, in the tree's order: `*`
 * takes each item of a list, or each key of a mapping.
 */
export function placesMatching(tree: unknown, pattern: PathPattern): MatchedPlace[] {
  const found: MatchedPlace[] = [];
  collect(tree, pattern, [], found);
  return found;
}

/** Whether `path` is one of the places `pattern` names: `*` matches any one key or index. */
export function matchesPattern(path: TreePath, pattern: PathPattern): boolean {
  return (
    path.length === pattern.length &&
    pattern.every((key, index) => key === EVERY_ITEM || key === path[index])
  );
}
