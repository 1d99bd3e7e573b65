import { describe, expect, it } from "vitest";

import { accessRefusal } from "./helm-access-refusal";

describe("the sentence refusing an install the hub's user may not make", () => {
  it("names Easel's objects and each refused release with what was refused", () => {
    const sentence = accessRefusal(
      [
        {
          ref: { kind: "Secret", name: "easel-mural-values", namespace: "mural-system" },
          verbs: [
            { verb: "get", isAllowed: true },
            { verb: "create", isAllowed: false },
            { verb: "patch", isAllowed: false },
          ],
        },
      ],
      [
        {
          release: "mural-crds",
          refused: [
            {
              ref: {
                apiVersion: "apiextensions.k8s.io/v1",
                kind: "CustomResourceDefinition",
                name: "widgets.stand-in.easel.test",
              },
              verbs: ["create"],
            },
          ],
          unchecked: [],
        },
        { release: "mural", refused: [], unchecked: [] },
      ],
      "hub",
    );
    expect(sentence).toBe(
      "Nothing was written: the hub's user on hub may not do what the install needs. Easel's own objects are refused: Secret mural-system/easel-mural-values (create, patch). Release mural-crds is refused: the hub forbids CustomResourceDefinition widgets.stand-in.easel.test (create).",
    );
  });

  it("says nothing when everything is allowed", () => {
    expect(accessRefusal([], [{ release: "mural", refused: [], unchecked: [] }], "hub")).toBe(
      undefined,
    );
  });
});
