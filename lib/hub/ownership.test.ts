import { describe, expect, it } from "vitest";

import { isEaselObject } from "./ownership";

describe("whose object a live one is", () => {
  it("Easel's label makes it Easel's, whoever manages its fields", () => {
    expect(
      isEaselObject({
        metadata: {
          labels: { "app.kubernetes.io/managed-by": "easel" },
          managedFields: [{ manager: "kubectl-edit", operation: "Update" }],
        },
      }),
    ).toBe(true);
  });

  it("fields Easel applied make it Easel's without the label (an earlier Easel's)", () => {
    expect(
      isEaselObject({
        metadata: {
          managedFields: [
            { manager: "kubectl-create", operation: "Update" },
            { manager: "easel", operation: "Apply" },
          ],
        },
      }),
    ).toBe(true);
  });

  it.each([
    ["nothing at all", {}],
    ["another tool's label", { metadata: { labels: { "app.kubernetes.io/managed-by": "Helm" } } }],
    [
      "a label value that only starts like Easel's",
      { metadata: { labels: { "app.kubernetes.io/managed-by": "easel-x" } } },
    ],
    [
      "kubectl create",
      { metadata: { managedFields: [{ manager: "kubectl-create", operation: "Update" }] } },
    ],
    // Easel only ever applies: an update under its name is some other client borrowing it.
    [
      "an update under Easel's name",
      { metadata: { managedFields: [{ manager: "easel", operation: "Update" }] } },
    ],
    [
      "another manager's apply",
      { metadata: { managedFields: [{ manager: "kubectl", operation: "Apply" }] } },
    ],
  ])("%s is foreign", (_name, live) => {
    expect(isEaselObject(live)).toBe(false);
  });
});
