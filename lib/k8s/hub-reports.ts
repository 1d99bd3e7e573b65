import "server-only";

import type { HubApplyInput, HubPlanInput } from "@/lib/hub/hub-input";
import { VALUES_SECRET } from "@/lib/hub/hub-plan";
import { checkLiveValues } from "@/lib/hub/live-values-check";
import { describeRef } from "@/lib/hub/object-ref";
import {
  clusterName,
  secretsCount,
  type HubApplyReport,
  type HubError,
  type HubPlanReport,
  type PlanEntry,
} from "@/lib/hub/results";
import { isForeignValues, type LiveValuesSecret } from "@/lib/hub/values-origin";
import { HUB_OPERATION_BUSY, withHubOperationLock } from "@/lib/server/hub-operation-lock";

import { applyOnHub } from "./apply-on-hub";
import type { HubConnection } from "./client";
import { HubRefusal } from "./hub-refusal";
import { objectsToApply, type ObjectsToApply } from "./objects-to-apply";
import { staleSincePlan } from "./plan-freshness";
import { planOnHub } from "./plan-on-hub";
import { readValuesSecret } from "./read-hub-values";

const VALUES_REF = describeRef({
  kind: "Secret",
  name: VALUES_SECRET.name,
  namespace: VALUES_SECRET.namespace,
});

/** The plan's entries, the values Secret's diff told path by path instead of by key. */
function withValuesDiff(entries: PlanEntry[], diff: PlanEntry["diff"]): PlanEntry[] {
  return entries.map((entry) =>
    describeRef(entry.ref) === VALUES_REF && entry.diff ? { ...entry, diff } : entry,
  );
}

/**
 * The plan the server builds from `input` (for Helm's path: `forHelm`, never Flux's objects), and
 * the hub's values Secret as it is now; a `HubRefusal` when the server will not build it.
 */
export async function planAndLiveValues(
  connection: HubConnection,
  input: HubPlanInput,
  options: { forHelm?: boolean } = {},
): Promise<{ built: ObjectsToApply; live: LiveValuesSecret | { error: HubError } }> {
  const built = await objectsToApply(connection, input, undefined, options);
  if ("problem" in built) throw new HubRefusal(built.problem);
  return { built, live: await readValuesSecret(connection) };
}

/**
 * A server-side dry run of the plan the server builds from `input`, each object with its diff,
 * the values Secret's path by path, and what the hub's live values are: which configuration they
 * came from and which live credentials applying would replace. values.yaml is compared here, on
 * the server; only chart paths and settings' values travel to the browser. A values Secret not
 * made by Easel is compared with nothing: the plan only says it exists. Throws a `HubRefusal` when
 * the server will not plan the configuration. For Helm's install (`forHelm`) the plan holds only
 * Easel's own objects, and no commands are left to run.
 */
export async function planReport(
  connection: HubConnection,
  input: HubPlanInput,
  options: { forHelm?: boolean } = {},
): Promise<HubPlanReport> {
  return planOfBuilt(connection, await planAndLiveValues(connection, input, options));
}

/** The dry run's report of objects the server already built, against the hub's live values. */
export async function planOfBuilt(
  connection: HubConnection,
  { built, live }: { built: ObjectsToApply; live: LiveValuesSecret | { error: HubError } },
): Promise<HubPlanReport> {
  const entries = await planOnHub(connection, built.plan);
  const { finishCommands } = built;
  // Unreadable values leave the plan as the dry run says: its entry for the Secret says why.
  if ("error" in live || isForeignValues(live)) {
    return { entries, finishCommands };
  }
  const { diff, check } = checkLiveValues(live, built.values);
  return { entries: withValuesDiff(entries, diff), finishCommands, liveValues: check };
}

/**
 * Server-side apply of the plan the server builds from `input`, against the plan the admin
 * reviewed, one apply at a time on this server. Nothing is written when another apply is
 * running, when the objects or their versions on the hub are not what the reviewed plan saw, or
 * when it would replace credentials live on the hub and the request does not confirm naming this
 * very cluster (the browser's confirmation is not trusted to have been asked). Objects not made
 * by Easel are applied only when adopted; other managers' fields are taken only when taken over.
 * Each refusal is a `HubRefusal` that says why.
 */
export async function applyReport(
  connection: HubConnection,
  input: HubApplyInput,
): Promise<HubApplyReport> {
  const locked = await withHubOperationLock(() => applyReviewedPlan(connection, input));
  if (locked.isBusy) throw new HubRefusal(HUB_OPERATION_BUSY);
  return locked.value;
}

/**
 * Refuses, with a `HubRefusal` that says why, what the admin did not review: objects or versions
 * on the hub that are not what the reviewed plan saw, values Easel could not read, or live
 * credentials replaced on a cluster the request did not confirm by name. Apply and Helm's install
 * both check it before they write anything.
 */
export async function checkReviewedPlan(
  connection: HubConnection,
  input: HubApplyInput,
  { built, live }: { built: ObjectsToApply; live: LiveValuesSecret | { error: HubError } },
): Promise<void> {
  const stale = await staleSincePlan(connection, built.plan, input.planned);
  if (stale) throw new HubRefusal(`Nothing was applied: ${stale}`);
  if ("error" in live) {
    throw new HubRefusal(
      `Nothing was applied: Easel could not read ${VALUES_REF} to check which live secrets applying would replace. ${live.error.message}`,
    );
  }
  // Another's values Secret is left alone, or replaced whole when adopted: adopting is the consent.
  const replacedSecrets = isForeignValues(live)
    ? []
    : checkLiveValues(live, built.values).check.replacedSecrets;
  const cluster = clusterName(connection);
  if (replacedSecrets.length > 0 && input.confirmReplacingSecretsOn !== cluster) {
    throw new HubRefusal(
      `Nothing was applied: applying would replace ${secretsCount(replacedSecrets.length)} live on ${cluster} (${replacedSecrets.map((secret) => secret.path).join(", ")}). Plan again and confirm replacing them on ${cluster}.`,
    );
  }
}

async function applyReviewedPlan(
  connection: HubConnection,
  input: HubApplyInput,
): Promise<HubApplyReport> {
  const built = await planAndLiveValues(connection, input);
  await checkReviewedPlan(connection, input, built);
  const { adopt = [], takeOver = [], planned } = input;
  return {
    entries: await applyOnHub(connection, built.built.plan, { adopt, takeOver, planned }),
    finishCommands: built.built.finishCommands,
  };
}
