import { describe, expect, it } from "vitest";

import { isSameState, objectDiff, secretKeyChanges } from "./object-diff";

describe("secretKeyChanges", () => {
  it("names each key's change and never a value", () => {
    const changes = secretKeyChanges(
      { kept: "a2VwdA==", rotated: "b2xk", dropped: "Z29uZQ==" },
      { kept: "a2VwdA==", rotated: "bmV3", added: "bmV3a2V5" },
    );
    expect(changes).toEqual([
      { key: "added", change: "added" },
      { key: "dropped", change: "removed" },
      { key: "kept", change: "unchanged" },
      { key: "rotated", change: "changed" },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/a2VwdA|b2xk|bmV3/);
  });
});

describe("objectDiff", () => {
  it("diffs what is set on other objects line by line", () => {
    const diff = objectDiff(
      "OCIRepository",
      { metadata: { name: "mural" }, spec: { ref: { tag: "1.0.0" }, interval: "10m" } },
      { metadata: { name: "mural" }, spec: { ref: { tag: "1.0.1" }, interval: "10m" } },
    );
    expect(diff).toEqual({
      kind: "lines",
      lines: [
        { op: "same", text: "spec:" },
        { op: "same", text: "  interval: 10m" },
        { op: "same", text: "  ref:" },
        { op: "remove", text: "    tag: 1.0.0" },
        { op: "add", text: "    tag: 1.0.1" },
      ],
    });
  });

  it("shows a new object as all added, and nothing changed as no change", () => {
    const next = { metadata: { name: "x", labels: { app: "easel" } } };
    expect(objectDiff("Namespace", undefined, next)).toEqual({
      kind: "lines",
      lines: [
        { op: "add", text: "metadata:" },
        { op: "add", text: "  labels:" },
        { op: "add", text: "    app: easel" },
      ],
    });
    expect(objectDiff("Namespace", next, next)).toEqual({
      kind: "lines",
      lines: [
        { op: "same", text: "metadata:" },
        { op: "same", text: "  labels:" },
        { op: "same", text: "    app: easel" },
      ],
    });
  });
});

describe("isSameState", () => {
  it("ignores bookkeeping but not data, labels or type", () => {
    const live = {
      metadata: { name: "s", resourceVersion: "1" },
      type: "Opaque",
      data: { a: "YQ==" },
    };
    expect(isSameState(live, { ...live, metadata: { name: "s", resourceVersion: "2" } })).toBe(
      true,
    );
    expect(isSameState(live, { ...live, data: { a: "Yg==" } })).toBe(false);
    expect(isSameState(live, { ...live, metadata: { name: "s", labels: { a: "b" } } })).toBe(false);
    expect(isSameState(undefined, live)).toBe(false);
  });
});
