"use server";

import { hubApplyInputSchema, type HubApplyInput } from "@/lib/hub/hub-input";
import type { HubPlanReport } from "@/lib/hub/results";
import { planReport } from "@/lib/server/hub-reports";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const plan = defineHubAction(hubApplyInputSchema, (input, connection) =>
  planReport(connection, input),
);

/**
 * A server-side dry run of every object with its diff against the hub (Secrets by key, values.yaml
 * by chart path, never a secret value), and which live secrets applying would replace.
 */
export async function planHubApplyAction(
  input: HubApplyInput,
): Promise<ActionResult<HubPlanReport>> {
  return plan(input);
}
