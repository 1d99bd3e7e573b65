import { describe, expect, it } from "vitest";

import { deleteAtPath, setAtPath, valueAtPath } from "./read-write";

describe("valueAtPath", () => {
  it("reads nested mappings and lists, and nothing past a missing step", () => {
    const tree = { a: { b: [{ c: "x" }] } };
    expect(valueAtPath(tree, ["a", "b", 0, "c"])).toBe("x");
    expect(valueAtPath(tree, ["a", "z", "c"])).toBeUndefined();
    expect(valueAtPath("text", ["length"])).toBeUndefined();
    expect(valueAtPath(tree, [])).toBe(tree);
  });

  it("reads a list by number and a mapping by text only", () => {
    expect(valueAtPath([["x"]], [0, 0])).toBe("x");
    expect(valueAtPath(["x"], ["0"])).toBeUndefined();
    expect(valueAtPath({ 0: "x" }, [0])).toBeUndefined();
    expect(valueAtPath(["x"], ["length"])).toBeUndefined();
  });

  it("reads own keys only", () => {
    expect(valueAtPath({}, ["constructor"])).toBeUndefined();
    expect(valueAtPath({ a: {} }, ["a", "__proto__"])).toBeUndefined();
  });

  it("keeps a null it finds", () => {
    expect(valueAtPath({ a: null }, ["a"])).toBeNull();
    expect(valueAtPath({ a: null }, ["a", "b"])).toBeUndefined();
  });
});

describe("setAtPath", () => {
  it("writes through missing steps, making lists before numbers", () => {
    const tree: Record<string, unknown> = { keep: 1 };
    setAtPath(tree, ["group", "matchers", 0, "user"], "DN");
    setAtPath(tree, ["group", "base"], "dc=acme");
    expect(tree).toEqual({ keep: 1, group: { matchers: [{ user: "DN" }], base: "dc=acme" } });
  });

  it("replaces a step that cannot hold the next key, and returns the root", () => {
    const tree = { a: "scalar" };
    expect(setAtPath(tree, ["a", "b"], 1)).toBe(tree);
    expect(tree).toEqual({ a: { b: 1 } });
    expect(setAtPath(null, ["a"], 1)).toEqual({ a: 1 });
    expect(setAtPath({ a: 1 }, [], "root")).toBe("root");
  });

  it("fills a gap before a far index with nulls, and refuses an index that is not one", () => {
    expect(setAtPath([1], [3], 4)).toEqual([1, null, null, 4]);
    expect(() => setAtPath([], [-1], 1)).toThrow(RangeError);
  });

  it("writes a number into a mapping as its digits, and never reaches a prototype", () => {
    expect(setAtPath({ 8080: "a" }, [8080], "b")).toEqual({ 8080: "b" });
    const tree = setAtPath({}, ["__proto__", "polluted"], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(tree, "__proto__")).toBe(true);
  });
});

describe("deleteAtPath", () => {
  it("splices a list's item out and leaves a missing path alone", () => {
    const tree = { a: [1, 2, 3], b: { c: 1 } };
    deleteAtPath(tree, ["a", 1]);
    deleteAtPath(tree, ["b", "z"]);
    deleteAtPath(tree, ["a", 9]);
    deleteAtPath(tree, ["b", "c"]);
    expect(tree).toEqual({ a: [1, 3], b: {} });
    expect(deleteAtPath(tree, [])).toBeNull();
  });
});
