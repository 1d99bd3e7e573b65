import { describe, expect, it } from "vitest";

import { matchesPattern, placesMatching } from "./patterns";

describe("placesMatching", () => {
  const config = {
    canvas: { sessionSecret: "s" },
    identity: {
      localUsers: [{ password: "a" }, { email: "no password" }, { password: "" }],
      connectors: [{ config: { clientSecret: "c" } }],
    },
  };

  it("finds one place for a pattern without a wildcard, none where nothing is", () => {
    expect(placesMatching(config, ["canvas", "sessionSecret"])).toEqual([
      { path: ["canvas", "sessionSecret"], value: "s" },
    ]);
    expect(placesMatching(config, ["canvas", "missing"])).toEqual([]);
  });

  it("takes each item of a list at `*`, in order, with its index in the path", () => {
    expect(placesMatching(config, ["identity", "localUsers", "*", "password"])).toEqual([
      { path: ["identity", "localUsers", 0, "password"], value: "a" },
      { path: ["identity", "localUsers", 2, "password"], value: "" },
    ]);
    expect(
      placesMatching(config, ["identity", "connectors", "*", "config", "clientSecret"]),
    ).toEqual([{ path: ["identity", "connectors", 0, "config", "clientSecret"], value: "c" }]);
  });

  it("takes each key of a mapping at `*`, and matches nothing under a scalar", () => {
    expect(placesMatching({ a: { x: 1, y: 2 } }, ["a", "*"])).toEqual([
      { path: ["a", "x"], value: 1 },
      { path: ["a", "y"], value: 2 },
    ]);
    expect(placesMatching({ a: "text" }, ["a", "*"])).toEqual([]);
    expect(placesMatching({ a: [[1, 2], [3]] }, ["a", "*", "*"]).map(({ value }) => value)).toEqual(
      [1, 2, 3],
    );
  });
});

describe("matchesPattern", () => {
  it("matches any one step at `*` and nothing longer or shorter", () => {
    const pattern = ["fleet", "spokes", "*", "kubeconfigFile"];
    expect(matchesPattern(["fleet", "spokes", 3, "kubeconfigFile"], pattern)).toBe(true);
    expect(matchesPattern(["fleet", "spokes", 3, "name"], pattern)).toBe(false);
    expect(matchesPattern(["fleet", "spokes", 3], pattern)).toBe(false);
    expect(matchesPattern(["fleet", "spokes", 3, "kubeconfigFile", "x"], pattern)).toBe(false);
    expect(matchesPattern(["canvas", "sessionSecret"], ["canvas", "sessionSecret"])).toBe(true);
  });
});
