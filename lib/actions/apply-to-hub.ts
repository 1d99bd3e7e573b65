"use server";

import { hubApplyInputSchema, type HubApplyInput } from "@/lib/hub/hub-input";
import type { HubApplyReport } from "@/lib/hub/results";
import { applyOnHub } from "@/lib/k8s/apply-on-hub";
import { reportOnServerHubPlan } from "@/lib/server/hub-objects";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const apply = defineHubAction(hubApplyInputSchema, (input, connection) =>
  reportOnServerHubPlan(connection, input, (hub, objects) => applyOnHub(hub, objects)),
);

/** Server-side applies every object with Easel's field manager and reports each one's outcome. */
export async function applyToHubAction(
  input: HubApplyInput,
): Promise<ActionResult<HubApplyReport>> {
  return apply(input);
}
