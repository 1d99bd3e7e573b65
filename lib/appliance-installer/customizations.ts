import { isMapping } from "@/lib/forms/tree";
import type { ValuesPath } from "@/lib/yaml/values-edits";

import { fieldPathText } from "./field-path";

/** A setting of the host file that reaches Helm. */
export type Customization = { path: string; value: unknown };

function isUnder(path: ValuesPath, prefix: ValuesPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** Every leaf of `node`, with lists of plain values kept whole, as a file states them. */
export function valueLeaves(
  node: unknown,
  path: ValuesPath,
): { path: ValuesPath; value: unknown }[] {
  if (isMapping(node) && Object.keys(node).length > 0) {
    return Object.entries(node).flatMap(([key, child]) => valueLeaves(child, [...path, key]));
  }
  if (Array.isArray(node) && node.some((item) => isMapping(item) || Array.isArray(item))) {
    return node.flatMap((item, index) => valueLeaves(item, [...path, index]));
  }
  return [{ path, value: node }];
}

/**
 * The customer's effective customizations: everything the host file sets that no applied
 * installer field overrides, so it reaches Helm as written.
 */
export function effectiveCustomizations(
  host: unknown,
  overridden: readonly ValuesPath[],
): Customization[] {
  return valueLeaves(host, [])
    .filter((leaf) => leaf.path.length > 0)
    .filter((leaf) => !overridden.some((path) => isUnder(leaf.path, path)))
    .map((leaf) => ({ path: fieldPathText(leaf.path), value: leaf.value }));
}
