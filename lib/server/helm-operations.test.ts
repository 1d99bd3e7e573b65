import { describe, expect, it } from "vitest";

import {
  beginHelmOperation,
  endHelmOperation,
  latestHelmOperation,
  updateHelmStep,
} from "./helm-operations";

describe("Helm operations kept per hub for the page to poll", () => {
  it("keeps each hub's latest, as copies, the steps after a failure skipped", () => {
    const first = beginHelmOperation("hub-a", "install", ["secrets", "mural-crds", "mural"]);
    expect(latestHelmOperation("hub-a")?.steps.map((step) => step.state)).toEqual([
      "waiting",
      "waiting",
      "waiting",
    ]);
    updateHelmStep(first, "secrets", { state: "done" });
    updateHelmStep(first, "mural-crds", { state: "failed", error: "mural-crds: refused" });
    endHelmOperation(first);
    const seen = latestHelmOperation("hub-a");
    expect(seen).toMatchObject({ id: first.id, state: "failed", endedAt: expect.any(String) });
    expect(seen?.steps.map((step) => step.state)).toEqual(["done", "failed", "skipped"]);
    // A copy: what the page is sent cannot change the record.
    seen?.steps.splice(0);
    expect(latestHelmOperation("hub-a")?.steps).toHaveLength(3);
    expect(latestHelmOperation("hub-b")).toBeUndefined();
    const rollback = beginHelmOperation("hub-a", "rollback", ["mural"]);
    updateHelmStep(rollback, "mural", { state: "done" });
    endHelmOperation(rollback);
    expect(latestHelmOperation("hub-a")).toMatchObject({ id: rollback.id, state: "succeeded" });
  });
});
