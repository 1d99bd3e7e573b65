import { describe, expect, it } from "vitest";

import type { PathInto, PatternInto } from "./typed-paths";

type Shape = {
  global: { domain: string; metrics?: { password: string } };
  spokes: { name: string; kubeconfigFile: string }[];
};

type Other = { target: "other"; ingress: { className: string } };

describe("typed paths", () => {
  it("take every path into the shape and refuse one that names no place", () => {
    const paths: PathInto<Shape>[] = [
      ["global"],
      ["global", "domain"],
      ["global", "metrics", "password"],
      ["spokes", 0, "name"],
    ];
    // @ts-expect-error: a misspelt key is a type error.
    const misspelt: PathInto<Shape> = ["global", "domian"];
    // @ts-expect-error: a list is stepped into by index, not by key.
    const byKey: PathInto<Shape> = ["spokes", "name"];
    expect([...paths, misspelt, byKey]).toHaveLength(6);
  });

  it("take `*` for every item of a list in a pattern", () => {
    const pattern: PatternInto<Shape> = ["spokes", "*", "kubeconfigFile"];
    // @ts-expect-error: `*` stands only where a list is.
    const notAList: PatternInto<Shape> = ["global", "*"];
    expect([pattern, notAList]).toHaveLength(2);
  });

  it("take a path of any member of a union", () => {
    const paths: PathInto<Shape | Other>[] = [
      ["ingress", "className"],
      ["global", "domain"],
    ];
    // @ts-expect-error: no member has it.
    const nowhere: PathInto<Shape | Other> = ["ingress", "domain"];
    expect([...paths, nowhere]).toHaveLength(3);
  });
});
