import { deleteAtPath, setAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { isMapping, ownValue as own, type Tree } from "@/lib/tree/tree";

export type ValuesEdit =
  { kind: "set"; path: TreePath; value: unknown } | { kind: "delete"; path: TreePath };

/**
 * Deep equality of plain data. `Object.is` on leaves so that NaN (YAML's `.nan`) equals itself;
 * key order is ignored, as it carries no meaning for Helm.
 */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => valuesEqual(item, b[index]));
  }
  if (!isMapping(a) || !isMapping(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key], own(b, key)));
}

/** A copy sharing nothing with `value`, so that later edits never reach into the caller's data. */
function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyValue);
  if (isMapping(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyValue(item)]));
  }
  return value;
}

/** Keys whose value is `undefined` are absent in JSON, and so in YAML; they count as missing. */
function presentKeys(value: Tree): string[] {
  return Object.keys(value).filter((key) => own(value, key) !== undefined);
}

function diffInto(before: unknown, after: unknown, path: TreePath, edits: ValuesEdit[]): void {
  if (valuesEqual(before, after)) return;
  if (isMapping(before) && isMapping(after)) {
    const afterKeys = presentKeys(after);
    // Emptying a mapping key by key would leave `key:` with nothing, which reads back as null.
    if (afterKeys.length === 0) {
      edits.push({ kind: "set", path, value: {} });
      return;
    }
    for (const key of afterKeys) {
      const [was, is] = [own(before, key), own(after, key)];
      if (was === undefined) edits.push({ kind: "set", path: [...path, key], value: is });
      else diffInto(was, is, [...path, key], edits);
    }
    for (const key of presentKeys(before)) {
      if (own(after, key) === undefined) edits.push({ kind: "delete", path: [...path, key] });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (after.length === 0) {
      edits.push({ kind: "set", path, value: [] });
      return;
    }
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++) {
      diffInto(before[index], after[index], [...path, index], edits);
    }
    for (let index = common; index < after.length; index++) {
      edits.push({ kind: "set", path: [...path, index], value: after[index] });
    }
    // From the highest index down, so that each index still names the item it named in `before`.
    for (let index = before.length - 1; index >= after.length; index--) {
      edits.push({ kind: "delete", path: [...path, index] });
    }
    return;
  }
  edits.push({ kind: "set", path, value: after });
}

/**
 * The edits that turn `before` into `after` (plain JSON-like data: objects, arrays, strings,
 * numbers, booleans, null). Each edit is as deep as possible, so that a text patcher touches
 * only the lines that changed.
 */
export function diffValues(before: unknown, after: unknown): ValuesEdit[] {
  const edits: ValuesEdit[] = [];
  diffInto(before, after, [], edits);
  return edits;
}

/**
 * `data` with the edits applied, in order (a copy; input untouched). A `set` creates missing
 * intermediate objects, or arrays where the next segment is a number, replacing an intermediate
 * that cannot hold that segment; a `delete` of a missing path does nothing, and a deleted array
 * index is spliced out. Deleting the root leaves null, as an empty YAML document reads.
 */
export function applyValuesEdits(data: unknown, edits: readonly ValuesEdit[]): unknown {
  let result = copyValue(data);
  for (const edit of edits) result = applyValuesEditInPlace(result, edit);
  return result;
}

/**
 * `data` with one edit applied in place, as applyValuesEdits applies it: for callers that keep a
 * working copy of their own and edit it many times. Returns the root, which a set of the root or
 * of a key under a non-container replaces.
 */
export function applyValuesEditInPlace(data: unknown, edit: ValuesEdit): unknown {
  return edit.kind === "set"
    ? setAtPath(data, edit.path, copyValue(edit.value))
    : deleteAtPath(data, edit.path);
}
