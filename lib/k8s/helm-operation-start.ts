import "server-only";

import type { StartedHelmOperation } from "@/lib/hub/helm-install";
import type { HelmOperation, HelmStep } from "@/lib/hub/helm-release";
import { beginHelmOperation } from "@/lib/server/helm-operations";
import { acquireHubOperationLock, HUB_OPERATION_BUSY } from "@/lib/server/hub-operation-lock";

import type { HubConnection } from "./client";
import { hubIdOf } from "./hub-id";
import { HubRefusal } from "./hub-refusal";

/** A Helm operation, checked (`prepare`, which throws a refusal) before it runs in the background. */
export type HelmOperationPlan<P> = {
  prepare: () => Promise<{ kind: HelmOperation["kind"]; prepared: P }>;
  steps: readonly HelmStep["name"][];
  run: (prepared: P, operation: HelmOperation) => Promise<void>;
};

/**
 * Starts a Helm operation on the hub of `connection` and answers at once with its id. The hub
 * operation lock is taken first and held for the whole background run, so no apply or second
 * Helm operation runs beside it; nothing is started (and the lock is let go) when `prepare`
 * refuses. The run records its steps where the Helm route reads them.
 */
export async function startHelmOperation<P>(
  connection: HubConnection,
  { prepare, steps, run }: HelmOperationPlan<P>,
): Promise<StartedHelmOperation> {
  const release = acquireHubOperationLock();
  if (!release) throw new HubRefusal(HUB_OPERATION_BUSY);
  let isRunning = false;
  try {
    const { kind, prepared } = await prepare();
    const operation = beginHelmOperation(hubIdOf(connection), kind, steps);
    isRunning = true;
    // The run records its own failures; whatever happens, the lock is let go when it ends.
    void run(prepared, operation)
      .catch(() => undefined)
      .finally(release);
    return { operationId: operation.id };
  } finally {
    if (!isRunning) release();
  }
}
