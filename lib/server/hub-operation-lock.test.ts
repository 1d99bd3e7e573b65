import { describe, expect, it } from "vitest";

import { acquireHubOperationLock, withHubOperationLock } from "./hub-operation-lock";

function deferred() {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe("one hub operation at a time", () => {
  it("a second operation while one runs is told so and runs nothing", async () => {
    const gate = deferred();
    let runs = 0;
    const first = withHubOperationLock(async () => {
      runs += 1;
      await gate.done;
      return "first";
    });
    const second = await withHubOperationLock(async () => {
      runs += 1;
      return "second";
    });
    expect(second).toEqual({ isBusy: true });
    gate.release();
    expect(await first).toEqual({ isBusy: false, value: "first" });
    expect(runs).toBe(1);
  });

  it("ten at once: one runs, nine are turned away", async () => {
    const gate = deferred();
    const all = Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        withHubOperationLock(async () => {
          await gate.done;
          return index;
        }),
      ),
    );
    gate.release();
    const results = await all;
    expect(results.filter((result) => !result.isBusy)).toHaveLength(1);
    expect(results.filter((result) => result.isBusy)).toHaveLength(9);
  });

  it("is released when the operation throws, so the next one runs", async () => {
    await expect(
      withHubOperationLock(async () => {
        throw new Error("the hub went away");
      }),
    ).rejects.toThrow("the hub went away");
    expect(await withHubOperationLock(async () => "next")).toEqual({
      isBusy: false,
      value: "next",
    });
  });

  it("is shared through globalThis, as separate bundles of the server share it", async () => {
    const gate = deferred();
    const first = withHubOperationLock(() => gate.done);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("easel.hub-operation-lock")]).toBe(
      true,
    );
    gate.release();
    await first;
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("easel.hub-operation-lock")]).toBe(
      false,
    );
  });
});

describe("a lock held past the call that took it (a Helm run in the background)", () => {
  it("turns every other operation away until released, and a second release frees nothing", async () => {
    const release = acquireHubOperationLock();
    expect(release).toBeDefined();
    expect(acquireHubOperationLock()).toBeUndefined();
    expect(await withHubOperationLock(async () => "apply")).toEqual({ isBusy: true });
    release?.();
    const next = acquireHubOperationLock();
    expect(next).toBeDefined();
    // The first holder letting go again must not free the lock the next one holds.
    release?.();
    expect(acquireHubOperationLock()).toBeUndefined();
    next?.();
  });
});
