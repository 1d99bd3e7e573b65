"use server";

import { hubApplyInputSchema, type HubApplyInput } from "@/lib/hub/hub-input";
import type { HubPlanReport } from "@/lib/hub/results";
import { planOnHub } from "@/lib/k8s/plan-on-hub";
import { reportOnServerHubPlan } from "@/lib/server/hub-objects";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const plan = defineHubAction(hubApplyInputSchema, (input, connection) =>
  reportOnServerHubPlan(connection, input, planOnHub),
);

/** A server-side dry run of every object, each with its diff against the hub (Secrets by key only). */
export async function planHubApplyAction(
  input: HubApplyInput,
): Promise<ActionResult<HubPlanReport>> {
  return plan(input);
}
