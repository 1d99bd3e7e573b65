import { describe, expect, it } from "vitest";

import type { HelmOperation, HelmReleaseState } from "./helm-release";
import { isOutrun } from "./outrun-operation";

const upgrade: HelmOperation = {
  id: "op-1",
  kind: "upgrade",
  state: "succeeded",
  startedAt: "2026-12-02T01:00:00.000Z",
  endedAt: "2026-12-02T01:00:05.000Z",
  steps: [
    { name: "secrets", state: "done" },
    { name: "mural-crds", state: "done", outcome: { revision: 1, status: "deployed", notes: "" } },
    { name: "mural", state: "done", outcome: { revision: 2, status: "deployed", notes: "" } },
  ],
};

function releaseAt(name: HelmReleaseState["name"], revision: number): HelmReleaseState {
  return {
    name,
    namespace: "mural-system",
    revision,
    status: "deployed",
    chart: `${name}-1.0.0`,
    updated: "2026-12-02T01:00:05.000Z",
  };
}

describe("isOutrun", () => {
  it("is false while the releases are where the operation left them", () => {
    expect(isOutrun(upgrade, [releaseAt("mural-crds", 1), releaseAt("mural", 2)])).toBe(false);
  });

  it("is true once a release moved to another revision, or is gone", () => {
    expect(isOutrun(upgrade, [releaseAt("mural-crds", 1), releaseAt("mural", 3)])).toBe(true);
    expect(isOutrun(upgrade, [releaseAt("mural-crds", 1)])).toBe(true);
  });

  it("reads only the releases the operation reports a revision of, and never a running one", () => {
    const failed: HelmOperation = {
      ...upgrade,
      state: "failed",
      steps: [
        upgrade.steps[0]!,
        upgrade.steps[1]!,
        { name: "mural", state: "failed", error: "refused", isRolledBack: true },
      ],
    };
    expect(isOutrun(failed, [releaseAt("mural-crds", 1), releaseAt("mural", 3)])).toBe(false);
    expect(isOutrun({ ...upgrade, state: "running" }, [])).toBe(false);
  });
});
