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

/**
 * The value stored under `key`, own properties only: a key named `__proto__` or `constructor`
 * from an uploaded file must never reach the object's prototype.
 */
export function ownValue(mapping: Tree, key: string): unknown {
  return Object.hasOwn(mapping, key) ? mapping[key] : undefined;
}

/** Stores `value` under `key` as an own property, even for `__proto__`. */
export function storeOwn(mapping: Tree, key: string, value: unknown): void {
  Object.defineProperty(mapping, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
