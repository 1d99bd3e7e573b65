import { isTree } from "@/lib/tree/tree";

export type FlatError = { path: string; message: string };

const LEAF_KEYS = new Set(["message", "type", "types", "ref"]);

/**
 * Every message in a react-hook-form error tree, with the form path it belongs to, in form order.
 * A list's own error (stored under `root`) belongs to the list's path.
 */
export function flattenErrors(errors: unknown, prefix = ""): FlatError[] {
  if (!isTree(errors)) return [];
  const found: FlatError[] = [];
  if (typeof errors.message === "string" && errors.message !== "") {
    found.push({ path: prefix, message: errors.message });
  }
  for (const [key, child] of Object.entries(errors)) {
    if (LEAF_KEYS.has(key)) continue;
    const path = key === "root" ? prefix : prefix === "" ? key : `${prefix}.${key}`;
    found.push(...flattenErrors(child, path));
  }
  return found;
}
