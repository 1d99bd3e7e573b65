import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { applyValuesEdits, diffValues, valuesEqual } from "@/lib/yaml/values-edits";

/** Plain JSON-like data, small enough to diff quickly, with keys that collide often. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(null, true, false, 0, 1, "", "a", "yes"),
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "b", "c", "d.e", "1"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("diffValues", () => {
  it("finds nothing between equal values", () => {
    expect(diffValues({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });

  it("sets changed leaves and new keys, and deletes removed keys", () => {
    const before = { global: { dns: { domain: "a.org" }, old: 1 }, keep: true };
    const after = { global: { dns: { domain: "b.org" }, added: { x: 1 } }, keep: true };
    expect(diffValues(before, after)).toEqual([
      { kind: "set", path: ["global", "dns", "domain"], value: "b.org" },
      { kind: "set", path: ["global", "added"], value: { x: 1 } },
      { kind: "delete", path: ["global", "old"] },
    ]);
  });

  it("sets an emptied mapping or sequence whole", () => {
    expect(diffValues({ a: { b: 1 } }, { a: {} })).toEqual([
      { kind: "set", path: ["a"], value: {} },
    ]);
    expect(diffValues({ a: [1] }, { a: [] })).toEqual([{ kind: "set", path: ["a"], value: [] }]);
  });

  it("appends in ascending order and deletes from the highest index down", () => {
    expect(diffValues([1, 2], [1, 3, 4, 5])).toEqual([
      { kind: "set", path: [1], value: 3 },
      { kind: "set", path: [2], value: 4 },
      { kind: "set", path: [3], value: 5 },
    ]);
    expect(diffValues([1, 2, 3, 4], [0, 2])).toEqual([
      { kind: "set", path: [0], value: 0 },
      { kind: "delete", path: [3] },
      { kind: "delete", path: [2] },
    ]);
  });

  it("sets a value whose type changed", () => {
    expect(diffValues({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { kind: "set", path: ["a"], value: { 0: 1 } },
    ]);
    expect(diffValues({ a: null }, { a: "x" })).toEqual([{ kind: "set", path: ["a"], value: "x" }]);
  });

  it("gives edits that turn before into after", () => {
    fc.assert(
      fc.property(jsonValue, jsonValue, (before, after) => {
        expect(applyValuesEdits(before, diffValues(before, after))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
});

describe("applyValuesEdits", () => {
  it("leaves its input untouched", () => {
    const data = { a: { b: [1, 2] } };
    const result = applyValuesEdits(data, [
      { kind: "set", path: ["a", "b", 0], value: 9 },
      { kind: "delete", path: ["a", "b", 1] },
    ]);
    expect(result).toEqual({ a: { b: [9] } });
    expect(data).toEqual({ a: { b: [1, 2] } });
  });

  it("does not share the value it sets", () => {
    const value = { x: 1 };
    const result = applyValuesEdits({}, [{ kind: "set", path: ["a"], value }]) as {
      a: { x: number };
    };
    value.x = 2;
    expect(result.a.x).toBe(1);
  });

  it("creates missing objects, or arrays before a number", () => {
    expect(applyValuesEdits(null, [{ kind: "set", path: ["a", 0, "b"], value: 1 }])).toEqual({
      a: [{ b: 1 }],
    });
    expect(
      applyValuesEdits({ a: "scalar" }, [{ kind: "set", path: ["a", "b"], value: 1 }]),
    ).toEqual({
      a: { b: 1 },
    });
  });

  it("fills a gap before a far index with nulls", () => {
    expect(applyValuesEdits([1], [{ kind: "set", path: [3], value: 4 }])).toEqual([
      1,
      null,
      null,
      4,
    ]);
  });

  it("treats a number as a key of an object", () => {
    expect(applyValuesEdits({ 8080: "a" }, [{ kind: "set", path: [8080], value: "b" }])).toEqual({
      8080: "b",
    });
  });

  it("ignores the delete of a missing path and splices deleted indexes out", () => {
    const data = { a: [1, 2, 3] };
    expect(applyValuesEdits(data, [{ kind: "delete", path: ["b", "c"] }])).toEqual(data);
    expect(applyValuesEdits(data, [{ kind: "delete", path: ["a", 5] }])).toEqual(data);
    expect(applyValuesEdits(data, [{ kind: "delete", path: ["a", 1] }])).toEqual({ a: [1, 3] });
  });

  it("applies edits in order", () => {
    const edits = [
      { kind: "delete", path: [2] },
      { kind: "delete", path: [1] },
    ] as const;
    expect(applyValuesEdits(["a", "b", "c", "d"], edits)).toEqual(["a", "d"]);
  });

  it("never reaches an object's prototype", () => {
    const result = applyValuesEdits({}, [
      { kind: "set", path: ["__proto__", "polluted"], value: true },
    ]) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result, "__proto__")).toBe(true);
  });

  it("refuses an index that is not one", () => {
    expect(() => applyValuesEdits([], [{ kind: "set", path: [-1], value: 1 }])).toThrow(RangeError);
  });
});

describe("valuesEqual", () => {
  it("ignores key order and reads NaN as itself", () => {
    expect(valuesEqual({ a: 1, b: [NaN] }, { b: [NaN], a: 1 })).toBe(true);
    expect(valuesEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(valuesEqual([1], { 0: 1 })).toBe(false);
  });
});
