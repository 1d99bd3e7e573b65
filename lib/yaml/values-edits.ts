/** A place in a values tree: mapping keys as strings, sequence indexes as numbers. */
export type ValuesPath = readonly (string | number)[];

export type ValuesEdit =
  { kind: "set"; path: ValuesPath; value: unknown } | { kind: "delete"; path: ValuesPath };

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key], own(b, key)));
}

/**
 * The value stored under `key`, own properties only: a key named `__proto__` or `constructor`
 * from an uploaded file must never reach the object's prototype.
 */
function own(object: PlainObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Stores `value` under `key` as an own property, even for `__proto__`. */
function store(object: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** A copy sharing nothing with `value`, so that later edits never reach into the caller's data. */
function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyValue);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyValue(item)]));
  }
  return value;
}

/** Keys whose value is `undefined` are absent in JSON, and so in YAML; they count as missing. */
function presentKeys(value: PlainObject): string[] {
  return Object.keys(value).filter((key) => own(value, key) !== undefined);
}

function diffInto(before: unknown, after: unknown, path: ValuesPath, edits: ValuesEdit[]): void {
  if (valuesEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
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

function assertIndex(segment: number): void {
  if (!Number.isInteger(segment) || segment < 0) {
    throw new RangeError(`${segment} is not a sequence index.`);
  }
}

/**
 * The container `segment` reads from: `current` when it fits, else a new one. An object takes
 * any segment as a key (a number becomes its string, as YAML keys read back); an array takes
 * only indexes.
 */
function containerFor(current: unknown, segment: string | number): PlainObject | unknown[] {
  if (isPlainObject(current)) return current;
  if (Array.isArray(current) && typeof segment === "number") return current;
  return typeof segment === "number" ? [] : {};
}

function setIn(data: unknown, path: ValuesPath, value: unknown): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return copyValue(value);
  const container = containerFor(data, segment);
  if (Array.isArray(container)) {
    const index = segment as number;
    assertIndex(index);
    // Sequences have no holes: a gap before a far index is filled with nulls.
    while (container.length < index) container.push(null);
    container[index] = setIn(container[index], rest, value);
  } else {
    const key = String(segment);
    store(container, key, setIn(own(container, key), rest, value));
  }
  return container;
}

function deleteIn(data: unknown, path: ValuesPath): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return null;
  if (Array.isArray(data)) {
    if (typeof segment !== "number") return data;
    assertIndex(segment);
    if (segment >= data.length) return data;
    if (rest.length === 0) data.splice(segment, 1);
    else data[segment] = deleteIn(data[segment], rest);
    return data;
  }
  if (isPlainObject(data)) {
    const key = String(segment);
    if (!Object.hasOwn(data, key)) return data;
    if (rest.length === 0) delete data[key];
    else store(data, key, deleteIn(data[key], rest));
  }
  return data;
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
  return edit.kind === "set" ? setIn(data, edit.path, edit.value) : deleteIn(data, edit.path);
}
