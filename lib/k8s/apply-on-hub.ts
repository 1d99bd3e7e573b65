import "server-only";

import { refOf } from "@/lib/hub/object-ref";
import type { HubObject } from "@/lib/hub/hub-plan";
import { isSameState } from "@/lib/hub/object-diff";
import type { ApplyEntry, HubError } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { hubError } from "./errors";
import { readLive, serverSideApply } from "./hub-calls";

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
      let verb = "get";
      try {
        const live = await readLive(connection, object);
        verb = live ? "patch" : "create";
        const result = await serverSideApply(connection, object, { isDryRun: false });
        const outcome = !live ? "created" : isSameState(live, result) ? "unchanged" : "configured";
        entry = { ref, outcome };
      } catch (error) {
        const context = { verb, ref, server: connection.server, timeoutMs: connection.timeoutMs };
        const problem = hubError(error, context);
        if (isGone(problem)) unreachable = problem;
        entry = { ref, outcome: "failed", error: problem };
      }
    }
    entries.push(entry);
    await options.onApplied?.(entry);
  }
  return entries;
}
