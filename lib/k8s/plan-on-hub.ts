import "server-only";

import { refOf } from "@/lib/hub/object-ref";
import type { HubObject } from "@/lib/hub/hub-plan";
import { diffChanges, objectDiff } from "@/lib/hub/object-diff";
import type { PlanEntry } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { hubError } from "./errors";
import { readLive, serverSideApply } from "./hub-calls";

const CHECKED_ON_APPLY =
  "Its namespace does not exist yet, so the hub can check this object only when it is applied.";

/**
 * What applying `plan` would do, object by object: a server-side dry run of each and a diff
 * against the live object (Secret data only by key). Objects inside a namespace the plan creates
 * cannot be dry-run (the namespace is not really made), so they are shown as created, unchecked.
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
      entries.push({
        ref,
        change: "create",
        diff: objectDiff(object.kind, undefined, object),
        note: CHECKED_ON_APPLY,
      });
      continue;
    }
    let verb = "get";
    try {
      const live = await readLive(connection, object);
      verb = live ? "patch" : "create";
      const result = await serverSideApply(connection, object, { isDryRun: true });
      const diff = objectDiff(object.kind, live, result);
      if (!live && object.kind === "Namespace") newNamespaces.add(ref.name);
      entries.push({
        ref,
        change: !live ? "create" : diffChanges(diff) ? "update" : "unchanged",
        diff,
      });
    } catch (error) {
      const context = { verb, ref, server: connection.server, timeoutMs: connection.timeoutMs };
      entries.push({ ref, change: "failed", error: hubError(error, context) });
    }
  }
  return entries;
}
