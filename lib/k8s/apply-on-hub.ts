import "server-only";

import type { PlannedObject } from "@/lib/hub/hub-input";
import type { HubObject } from "@/lib/hub/hub-plan";
import { isSameState } from "@/lib/hub/object-diff";
import { describeRef, refOf, type ObjectRef } from "@/lib/hub/object-ref";
import { isEaselObject } from "@/lib/hub/ownership";
import type { ApplyEntry, HubError } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";
import { applyObject, readLive, type LiveObject } from "./hub-calls";

export type ApplyOptions = {
  /** Objects not made by Easel that the admin adopted: replaced by Easel's, then Easel's. */
  adopt?: readonly ObjectRef[];
  /** Easel's objects whose conflicting fields the admin chose to take over from other managers. */
  takeOver?: readonly ObjectRef[];
  /**
   * Each object's version as the reviewed plan saw it (null: absent). An object that differs is
   * refused, and the version seen is the write's precondition.
   */
  planned?: readonly PlannedObject[];
  /** Called after each object, in order; tests use it to stop the hub part-way. */
  onApplied?: (entry: ApplyEntry) => void | Promise<void>;
};

/** Said of an object not made by Easel that the admin did not adopt. */
const NOT_OWNED_NOTE = "Not made by Easel; adopt it in the plan.";

/** Said of a Namespace not made by Easel: Easel only needs it to exist. */
const LEFT_AS_IS_NOTE = "Not made by Easel: used as it is, never changed.";

function isGone(error: HubError): boolean {
  return error.code === "unreachable" || error.code === "timeout";
}

/** The version the plan saw of `ref`: a string, null (absent), or undefined (not asked). */
function plannedVersion(options: ApplyOptions, ref: ObjectRef): string | null | undefined {
  return options.planned?.find((item) => describeRef(item.ref) === describeRef(ref))
    ?.resourceVersion;
}

/** Said of an object that is not as the plan saw it. */
export function changedSincePlan(ref: ObjectRef): string {
  return `${describeRef(ref)} changed on the hub since the plan; plan again.`;
}

function hasRef(refs: readonly ObjectRef[] | undefined, ref: ObjectRef): boolean {
  return (refs ?? []).some((item) => describeRef(item) === describeRef(ref));
}

/** One object: left alone when it is not Easel's (unless adopted), else applied, never forced unasked. */
async function applyOne(
  connection: HubConnection,
  object: HubObject,
  options: ApplyOptions,
): Promise<ApplyEntry> {
  const ref = refOf(object);
  let live: LiveObject | undefined;
  try {
    live = await readLive(connection, ref);
  } catch (error) {
    return { ref, outcome: "failed", error: hubErrorOn(connection, error, "get", ref) };
  }
  const expected = plannedVersion(options, ref);
  if (expected !== undefined && expected !== (live?.metadata?.resourceVersion ?? null)) {
    return { ref, outcome: "failed", error: { code: "conflict", message: changedSincePlan(ref) } };
  }
  const isForeign = live !== undefined && !isEaselObject(live);
  const isAdopting = isForeign && object.kind !== "Namespace" && hasRef(options.adopt, ref);
  if (isForeign && object.kind === "Namespace") {
    return { ref, outcome: "left-as-is", note: LEFT_AS_IS_NOTE };
  }
  if (isForeign && !isAdopting) return { ref, outcome: "not-owned", note: NOT_OWNED_NOTE };
  const applied = await applyObject(connection, object, {
    isDryRun: false,
    isForced: isAdopting || hasRef(options.takeOver, ref),
    ...(isAdopting && live ? { adopting: live } : {}),
    exists: live !== undefined,
    // A precondition: if the object changes between this read and the write, the hub refuses.
    resourceVersion: live?.metadata?.resourceVersion,
  });
  if ("error" in applied) {
    const { error, conflict } = applied;
    return { ref, outcome: "failed", error, ...(conflict ? { conflict } : {}) };
  }
  if (!live) return { ref, outcome: "created" };
  if (isAdopting) return { ref, outcome: "adopted" };
  return { ref, outcome: isSameState(live, applied.result) ? "unchanged" : "configured" };
}

/**
 * Server-side applies `plan` in order, one object at a time, and says what became of each:
 * created, configured, unchanged, adopted, left alone (not made by Easel) or failed with the
 * reason. A failed object does not stop the others; once the hub cannot be reached, the rest are
 * skipped rather than each waiting in turn. Applying the same plan again converges.
 */
export async function applyOnHub(
  connection: HubConnection,
  plan: readonly HubObject[],
  options: ApplyOptions = {},
): Promise<ApplyEntry[]> {
  const entries: ApplyEntry[] = [];
  let unreachable: HubError | undefined;
  for (const object of plan) {
    const entry: ApplyEntry = unreachable
      ? {
          ref: refOf(object),
          outcome: "skipped",
          error: { ...unreachable, message: `Not attempted: ${unreachable.message}` },
        }
      : await applyOne(connection, object, options);
    if (entry.outcome === "failed" && entry.error && isGone(entry.error)) unreachable = entry.error;
    entries.push(entry);
    await options.onApplied?.(entry);
  }
  return entries;
}
