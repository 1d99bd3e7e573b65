import "server-only";

import type { ActionResult } from "@/lib/actions/result";
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
import { applyOnHub } from "@/lib/k8s/apply-on-hub";
import type { HubConnection } from "@/lib/k8s/client";
import { staleSincePlan } from "@/lib/k8s/plan-freshness";
import { planOnHub } from "@/lib/k8s/plan-on-hub";
import { readValuesSecret } from "@/lib/k8s/read-hub-values";

import { serverHubPlan, type ServerHubPlan } from "./hub-objects";
import { HUB_OPERATION_BUSY, withHubOperationLock } from "./hub-operation-lock";

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

/** The plan the server builds from `input`, and the hub's values Secret as it is now. */
async function planAndLiveValues(
  connection: HubConnection,
  input: HubPlanInput,
): Promise<
  { built: ServerHubPlan; live: LiveValuesSecret | { error: HubError } } | { problem: string }
> {
  const built = await serverHubPlan(connection, input);
  if ("problem" in built) return built;
  return { built, live: await readValuesSecret(connection) };
}

/**
 * A server-side dry run of the plan the server builds from `input`, each object with its diff,
 * the values Secret's path by path, and what the hub's live values are: which configuration they
 * came from and which live credentials applying would replace. values.yaml is compared here, on
 * the server; only chart paths and settings' values travel to the browser. A values Secret not
 * made by Easel is compared with nothing: the plan only says it exists.
 */
export async function planReport(
  connection: HubConnection,
  input: HubPlanInput,
): Promise<ActionResult<HubPlanReport>> {
  const read = await planAndLiveValues(connection, input);
  if ("problem" in read) return { ok: false, formError: read.problem };
  const { built, live } = read;
  const entries = await planOnHub(connection, built.plan);
  const { finishCommands } = built;
  // Unreadable values leave the plan as the dry run says: its entry for the Secret says why.
  if ("error" in live || isForeignValues(live)) {
    return { ok: true, data: { entries, finishCommands } };
  }
  const { diff, check } = checkLiveValues(live, built.values);
  return {
    ok: true,
    data: { entries: withValuesDiff(entries, diff), finishCommands, liveValues: check },
  };
}

/**
 * Server-side apply of the plan the server builds from `input`, against the plan the admin
 * reviewed, one apply at a time on this server. Nothing is written when another apply is
 * running, when the objects or their versions on the hub are not what the reviewed plan saw, or
 * when it would replace credentials live on the hub and the request does not confirm naming this
 * very cluster (the browser's confirmation is not trusted to have been asked). Objects not made
 * by Easel are applied only when adopted; other managers' fields are taken only when taken over.
 */
export async function applyReport(
  connection: HubConnection,
  input: HubApplyInput,
): Promise<ActionResult<HubApplyReport>> {
  const locked = await withHubOperationLock(() => applyReviewedPlan(connection, input));
  return locked.isBusy ? { ok: false, formError: HUB_OPERATION_BUSY } : locked.value;
}

async function applyReviewedPlan(
  connection: HubConnection,
  input: HubApplyInput,
): Promise<ActionResult<HubApplyReport>> {
  const read = await planAndLiveValues(connection, input);
  if ("problem" in read) return { ok: false, formError: read.problem };
  const { built, live } = read;
  const stale = await staleSincePlan(connection, built.plan, input.planned);
  if (stale) return { ok: false, formError: `Nothing was applied: ${stale}` };
  if ("error" in live) {
    return {
      ok: false,
      formError: `Nothing was applied: Easel could not read ${VALUES_REF} to check which live secrets applying would replace. ${live.error.message}`,
    };
  }
  // Another's values Secret is left alone, or replaced whole when adopted: adopting is the consent.
  const replacedSecrets = isForeignValues(live)
    ? []
    : checkLiveValues(live, built.values).check.replacedSecrets;
  const cluster = clusterName(connection);
  if (replacedSecrets.length > 0 && input.confirmReplacingSecretsOn !== cluster) {
    return {
      ok: false,
      formError: `Nothing was applied: applying would replace ${secretsCount(replacedSecrets.length)} live on ${cluster} (${replacedSecrets.map((secret) => secret.path).join(", ")}). Plan again and confirm replacing them on ${cluster}.`,
    };
  }
  const { adopt = [], takeOver = [], planned } = input;
  return {
    ok: true,
    data: {
      entries: await applyOnHub(connection, built.plan, { adopt, takeOver, planned }),
      finishCommands: built.finishCommands,
    },
  };
}
