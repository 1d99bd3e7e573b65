import { describe, expect, it } from "vitest";

import { setAt, valueAt } from "./dotted-path";

describe("dotted paths", () => {
  it("read nested objects and lists, and nothing past a missing step", () => {
    const tree = { a: { b: [{ c: "x" }] } };
    expect(valueAt(tree, "a.b.0.c")).toBe("x");
    expect(valueAt(tree, "a.z.c")).toBeUndefined();
    expect(valueAt("text", "length")).toBeUndefined();
  });

  it("write through missing steps, making lists before numbers", () => {
    const tree: Record<string, unknown> = { keep: 1 };
    setAt(tree, "group.matchers.0.user", "DN");
    setAt(tree, "group.base", "dc=acme");
    expect(tree).toEqual({ keep: 1, group: { matchers: [{ user: "DN" }], base: "dc=acme" } });
  });
});
