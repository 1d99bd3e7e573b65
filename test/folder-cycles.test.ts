import { describe, expect, it } from "vitest";

import { folderCycles, folderEdges } from "@/test/support/folder-graph";

// A folder is a layer a reader learns once: if two folders import each other (even for a type),
// neither can be read without the other, and a change to one can break the other's callers.
describe("folders import each other in one direction only", () => {
  it.each(["app", "components", "lib"])("%s/ has no cycle between its folders", (dir) => {
    expect(folderCycles(folderEdges(dir))).toEqual([]);
  });

  it("finds a cycle where there is one", () => {
    const edges = new Map([
      ["lib/a", new Set(["lib/b"])],
      ["lib/b", new Set(["lib/c"])],
      ["lib/c", new Set(["lib/a"])],
    ]);
    expect(folderCycles(edges)).toEqual([["lib/a", "lib/b", "lib/c", "lib/a"]]);
  });

  it("counts type-only and relative imports", () => {
    const edges = folderEdges("lib");
    // lib/k8s/client.ts imports the ServerSettings type from lib/server.
    expect(edges.get("lib/k8s")).toContain("lib/server");
  });
});
