import "server-only";

import type { HubObject } from "@/lib/hub/hub-plan";
import { isSameState, objectDiff } from "@/lib/hub/object-diff";
import { refOf } from "@/lib/hub/object-ref";
import { isEaselObject } from "@/lib/hub/ownership";
import type { PlanEntry } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";
import { applyObject, readLive, type LiveObject } from "./hub-calls";

const CHECKED_ON_APPLY =
  "Its namespace does not exist yet, so the hub can check this object only when it is applied.";

/** What a forced dry run says of an object in conflict: what taking its fields over would do. */
async function takeOverDiff(connection: HubConnection, object: HubObject, live: LiveObject) {
  const forced = await applyObject(connection, object, {
    isDryRun: true,
    isForced: true,
    exists: true,
  });
  return "result" in forced ? { diff: objectDiff(object.kind, live, forced.result) } : {};
}

/**
 * What applying `plan` would do, object by object, and each object's version as seen. An object
 * that exists and was not made by Easel is named as such and nothing more: no key, no diff, no
 * "changed", so the plan confirms nothing about what it holds. Easel's own objects get a
 * server-side dry run without force and a diff against the live object (Secret data only by key);
 * fields another manager owns come back as a conflict naming managers and fields. Objects inside
 * a namespace the plan creates cannot be dry-run (the namespace is not really made), so they are
 * shown as created, unchecked. "Unchanged" means what apply will report as unchanged.
 */
export async function planOnHub(
  connection: HubConnection,
  plan: readonly HubObject[],
): Promise<PlanEntry[]> {
  const entries: PlanEntry[] = [];
  const newNamespaces = new Set<string>();
  for (const object of plan) {
    const ref = refOf(object);
    if (ref.namespace && newNamespaces.has(ref.namespace)) {
      const diff = objectDiff(object.kind, undefined, object);
      entries.push({ ref, change: "create", diff, note: CHECKED_ON_APPLY });
      continue;
    }
    let live: LiveObject | undefined;
    try {
      live = await readLive(connection, ref);
    } catch (error) {
      entries.push({ ref, change: "failed", error: hubErrorOn(connection, error, "get", ref) });
      continue;
    }
    const resourceVersion = live?.metadata?.resourceVersion;
    const seen = resourceVersion ? { resourceVersion } : {};
    if (live && !isEaselObject(live)) {
      entries.push({ ref, change: object.kind === "Namespace" ? "exists" : "foreign", ...seen });
      continue;
    }
    const applied = await applyObject(connection, object, {
      isDryRun: true,
      isForced: false,
      exists: live !== undefined,
    });
    if ("error" in applied) {
      const { error, conflict } = applied;
      entries.push(
        conflict && live
          ? {
              ref,
              change: "conflict",
              ...seen,
              conflict,
              error,
              ...(await takeOverDiff(connection, object, live)),
            }
          : { ref, change: "failed", ...seen, error },
      );
      continue;
    }
    const { result } = applied;
    if (!live && object.kind === "Namespace") newNamespaces.add(ref.name);
    const change = !live ? "create" : isSameState(live, result) ? "unchanged" : "update";
    entries.push({ ref, change, ...seen, diff: objectDiff(object.kind, live, result) });
  }
  return entries;
}
