/** Plain data of unknown shape (parsed YAML, form values), read by key. */
export type Tree = Record<string, unknown>;

/** Whether `value` can be read by key: an object or a list. */
export function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null;
}

/** Whether `value` is a mapping: an object that is not a list. */
export function isMapping(value: unknown): value is Tree {
  return isTree(value) && !Array.isArray(value);
}
