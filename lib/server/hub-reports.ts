import "server-only";

import type { ActionResult } from "@/lib/actions/result";
import type { HubApplyInput } from "@/lib/hub/hub-input";
import { VALUES_SECRET } from "@/lib/hub/hub-plan";
import { checkLiveValues } from "@/lib/hub/live-values-check";
import type { LiveValuesSecret } from "@/lib/hub/values-origin";
import { describeRef } from "@/lib/hub/object-ref";
import {
  clusterName,
  secretsCount,
  type HubError,
  type HubApplyReport,
  type HubPlanReport,
  type PlanEntry,
} from "@/lib/hub/results";
import { applyOnHub } from "@/lib/k8s/apply-on-hub";
import type { HubConnection } from "@/lib/k8s/client";
import { planOnHub } from "@/lib/k8s/plan-on-hub";
import { readValuesSecret } from "@/lib/k8s/read-hub-values";

import { serverHubPlan, type ServerHubPlan } from "./hub-objects";

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
  input: HubApplyInput,
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
 * the server; only chart paths and settings' values travel to the browser.
 */
export async function planReport(
  connection: HubConnection,
  input: HubApplyInput,
): Promise<ActionResult<HubPlanReport>> {
  const read = await planAndLiveValues(connection, input);
  if ("problem" in read) return { ok: false, formError: read.problem };
  const { built, live } = read;
  const entries = await planOnHub(connection, built.plan);
  const { finishCommands } = built;
  // Unreadable values leave the plan as the dry run says: its entry for the Secret says why.
  if ("error" in live) return { ok: true, data: { entries, finishCommands } };
  const { diff, check } = checkLiveValues(live, built.values);
  return {
    ok: true,
    data: { entries: withValuesDiff(entries, diff), finishCommands, liveValues: check },
  };
}

/**
 * Server-side apply of the plan the server builds from `input`. When it would replace credentials
 * live on the hub, it applies nothing unless the request confirms naming this very cluster: the
 * browser's confirmation is not trusted to have been asked.
 */
export async function applyReport(
  connection: HubConnection,
  input: HubApplyInput,
): Promise<ActionResult<HubApplyReport>> {
  const read = await planAndLiveValues(connection, input);
  if ("problem" in read) return { ok: false, formError: read.problem };
  const { built, live } = read;
  if ("error" in live) {
    return {
      ok: false,
      formError: `Nothing was applied: Easel could not read ${VALUES_REF} to check which live secrets applying would replace. ${live.error.message}`,
    };
  }
  const { replacedSecrets } = checkLiveValues(live, built.values).check;
  const cluster = clusterName(connection);
  if (replacedSecrets.length > 0 && input.confirmReplacingSecretsOn !== cluster) {
    return {
      ok: false,
      formError: `Nothing was applied: applying would replace ${secretsCount(replacedSecrets.length)} live on ${cluster} (${replacedSecrets.map((secret) => secret.path).join(", ")}). Plan again and confirm replacing them on ${cluster}.`,
    };
  }
  return {
    ok: true,
    data: {
      entries: await applyOnHub(connection, built.plan),
      finishCommands: built.finishCommands,
    },
  };
}
