import "server-only";

import type { PlannedObject } from "@/lib/hub/hub-input";
import type { HubObject } from "@/lib/hub/hub-plan";
import { describeRef, refOf } from "@/lib/hub/object-ref";

import { changedSincePlan } from "./apply-on-hub";
import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";
import { readLive } from "./hub-calls";

function listed(names: readonly string[]): string {
  return names.length > 3
    ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`
    : names.join(", ");
}

/**
 * Why `plan` may not be applied as the admin reviewed it, or undefined when it may: the objects
 * rebuilt now are not the reviewed plan's, or one of them changed, appeared or disappeared on the
 * hub since (its resource version differs). Reads only; nothing is written.
 */
export async function staleSincePlan(
  connection: HubConnection,
  plan: readonly HubObject[],
  planned: readonly PlannedObject[],
): Promise<string | undefined> {
  const now = plan.map((object) => describeRef(refOf(object)));
  const reviewed = planned.map((item) => describeRef(item.ref));
  const added = now.filter((name) => !reviewed.includes(name));
  const dropped = reviewed.filter((name) => !now.includes(name));
  if (added.length > 0 || dropped.length > 0 || now.length !== reviewed.length) {
    const parts = [
      added.length > 0 ? `${listed(added)} not in it` : "",
      dropped.length > 0 ? `${listed(dropped)} no longer made` : "",
    ].filter(Boolean);
    return `The objects to apply are not the reviewed plan's${parts.length > 0 ? ` (${parts.join("; ")})` : ""}; plan again.`;
  }
  // Every object read at once; the first difference in the plan's order is the one said.
  const problems = await Promise.all(
    plan.map(async (object) => {
      const ref = refOf(object);
      const seen = planned.find((item) => describeRef(item.ref) === describeRef(ref));
      try {
        const live = await readLive(connection, ref);
        const isSame = (live?.metadata?.resourceVersion ?? null) === seen?.resourceVersion;
        return isSame ? undefined : changedSincePlan(ref);
      } catch (error) {
        return `Easel could not check ${describeRef(ref)} against the plan: ${hubErrorOn(connection, error, "get", ref).message}`;
      }
    }),
  );
  return problems.find((problem) => problem !== undefined);
}
