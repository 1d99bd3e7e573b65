"use server";

import { hubPlanInputSchema, type HubPlanInput } from "@/lib/hub/hub-input";
import type { HubPlanReport } from "@/lib/hub/results";
import { planReport } from "@/lib/k8s/hub-reports";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const plan = defineHubAction(hubPlanInputSchema, (input, connection) =>
  planReport(connection, input),
);

/**
 * A server-side dry run of every object with its diff against the hub (Secrets by key, values.yaml
 * by chart path, never a secret value), which live secrets applying would replace, and each
 * object's version as seen; objects not made by Easel are named, nothing more.
 */
export async function planHubApplyAction(
  input: HubPlanInput,
): Promise<ActionResult<HubPlanReport>> {
  return plan(input);
}
