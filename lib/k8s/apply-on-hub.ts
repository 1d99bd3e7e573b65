import "server-only";

import { refOf } from "@/lib/hub/object-ref";
import type { HubObject } from "@/lib/hub/hub-plan";
import { isSameState } from "@/lib/hub/object-diff";
import type { ApplyEntry, HubError } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { applyObject } from "./hub-calls";

export type ApplyOptions = {
  /** Called after each object, in order; tests use it to stop the hub part-way. */
  onApplied?: (entry: ApplyEntry) => void | Promise<void>;
};

function isGone(error: HubError): boolean {
  return error.code === "unreachable" || error.code === "timeout";
}

/**
 * Server-side applies `plan` in order, one object at a time, and says what became of each:
 * created, configured, unchanged or failed with the reason. A failed object does not stop the
 * others; once the hub cannot be reached, the rest are skipped rather than each waiting in turn.
 * Applying the same plan again converges.
 */
export async function applyOnHub(
  connection: HubConnection,
  plan: readonly HubObject[],
  options: ApplyOptions = {},
): Promise<ApplyEntry[]> {
  const entries: ApplyEntry[] = [];
  let unreachable: HubError | undefined;
  for (const object of plan) {
    const ref = refOf(object);
    let entry: ApplyEntry;
    if (unreachable) {
      entry = {
        ref,
        outcome: "skipped",
        error: { ...unreachable, message: `Not attempted: ${unreachable.message}` },
      };
    } else {
      const applied = await applyObject(connection, object, { isDryRun: false });
      if ("error" in applied) {
        if (isGone(applied.error)) unreachable = applied.error;
        entry = { ref, outcome: "failed", error: applied.error };
      } else {
        const { live, result } = applied;
        const outcome = !live ? "created" : isSameState(live, result) ? "unchanged" : "configured";
        entry = { ref, outcome };
      }
    }
    entries.push(entry);
    await options.onApplied?.(entry);
  }
  return entries;
}
