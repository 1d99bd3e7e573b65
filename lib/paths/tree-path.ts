/**
 * A place in a tree of plain data (a values file, a configuration): mapping keys as text, list
 * indexes as numbers. The one shape code passes paths in; `notation.ts` writes it as people read
 * it (`fleetConfig.spokes[0].name`) or as the form names its fields (`fleet.spokes.0.name`).
 */
export type TreePath = readonly (string | number)[];

/** Whether two paths name the same place, step by step. */
export function isSamePath(a: TreePath, b: TreePath): boolean {
  return a.length === b.length && a.every((key, index) => b[index] === key);
}

/** Whether `path` is `prefix` or lies inside it. */
export function isUnderPath(path: TreePath, prefix: TreePath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}
