"use server";

import { hubApplyInputSchema, type HubApplyInput } from "@/lib/hub/hub-input";
import type { HubApplyReport } from "@/lib/hub/results";
import { applyReport } from "@/lib/k8s/hub-reports";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const apply = defineHubAction(hubApplyInputSchema, (input, connection) =>
  applyReport(connection, input),
);

/**
 * Server-side applies every object with Easel's field manager, one apply at a time, against the
 * reviewed plan, and reports each one's outcome; refused when the hub changed since the plan or it
 * would replace live secrets on a cluster the request did not confirm.
 */
export async function applyToHubAction(
  input: HubApplyInput,
): Promise<ActionResult<HubApplyReport>> {
  return apply(input);
}
