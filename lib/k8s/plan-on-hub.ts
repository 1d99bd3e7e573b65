import "server-only";

import type { HubObject } from "@/lib/hub/hub-plan";
import { isSameState, objectDiff } from "@/lib/hub/object-diff";
import { refOf } from "@/lib/hub/object-ref";
import type { PlanEntry } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { applyObject } from "./hub-calls";

const CHECKED_ON_APPLY =
  "Its namespace does not exist yet, so the hub can check this object only when it is applied.";

/**
 * What applying `plan` would do, object by object: a server-side dry run of each and a diff
 * against the live object (Secret data only by key). Objects inside a namespace the plan creates
 * cannot be dry-run (the namespace is not really made), so they are shown as created, unchecked.
 * "Unchanged" means what apply will report as unchanged.
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
    const applied = await applyObject(connection, object, { isDryRun: true });
    if ("error" in applied) {
      entries.push({ ref, change: "failed", error: applied.error });
      continue;
    }
    const { live, result } = applied;
    if (!live && object.kind === "Namespace") newNamespaces.add(ref.name);
    const change = !live ? "create" : isSameState(live, result) ? "unchanged" : "update";
    entries.push({ ref, change, diff: objectDiff(object.kind, live, result) });
  }
  return entries;
}
