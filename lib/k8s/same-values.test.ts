import { describe, expect, it } from "vitest";

import { isSameValues } from "./same-values";

describe("the same values, as Helm reads them", () => {
  it("ignores comments, order and quoting; tells a changed value apart", () => {
    const own = '# Written by Easel\nglobal:\n  dns:\n    domain: "a.example"\n  tier: 2\n';
    const helm = "global:\n  tier: 2\n  dns:\n    domain: a.example\n";
    expect(isSameValues(own, helm)).toBe(true);
    expect(isSameValues(own, helm.replace("a.example", "b.example"))).toBe(false);
    expect(isSameValues(own, helm.replace("tier: 2", 'tier: "2"'))).toBe(false);
  });

  it("reads no values as an empty map, and an unreadable file as the same as nothing", () => {
    expect(isSameValues(undefined, "null\n")).toBe(true);
    expect(isSameValues(undefined, "{}\n")).toBe(true);
    expect(isSameValues("a: [", "a: [")).toBe(false);
  });
});
