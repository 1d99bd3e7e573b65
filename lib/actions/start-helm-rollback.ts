"use server";

import {
  helmRollbackInputSchema,
  type HelmRollbackInput,
  type StartedHelmOperation,
} from "@/lib/hub/helm-install";
import { startHelmRollback } from "@/lib/k8s/start-helm-rollback";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const start = defineHubAction(helmRollbackInputSchema, (input, connection, settings) =>
  startHelmRollback(connection, settings, input),
);

/** Rolls one release back to one of its revisions with Helm, in the background; answers its id. */
export async function startHelmRollbackAction(
  input: HelmRollbackInput,
): Promise<ActionResult<StartedHelmOperation>> {
  return start(input);
}
