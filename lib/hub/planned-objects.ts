import type { PlannedObject } from "./hub-input";
import type { PlanEntry } from "./results";

/** What an apply sends back of the reviewed plan: each object and its version as seen. */
export function plannedObjectsOf(entries: readonly PlanEntry[]): PlannedObject[] {
  return entries.map((entry) => ({
    ref: entry.ref,
    resourceVersion: entry.resourceVersion ?? null,
  }));
}
