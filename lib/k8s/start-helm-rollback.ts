import "server-only";

import { rollbackRelease } from "@/lib/helm/release-commands";
import { releaseHistory } from "@/lib/helm/release-reads";
import type { HelmRollbackInput, StartedHelmOperation } from "@/lib/hub/helm-install";
import { HELM_TIMEOUT_MINUTES } from "@/lib/schemas/sections/install-model";
import type { ServerSettings } from "@/lib/server/settings";

import type { HubConnection } from "./client";
import { runHelmRollback } from "./helm-install-run";
import { startHelmOperation } from "./helm-operation-start";
import { helmRefusalOf, hubHelmSession } from "./hub-helm-session";
import { HubRefusal } from "./hub-refusal";

/**
 * Rolls `release` back to `revision` with Helm, in the background, once the revision is known
 * to Helm's history; answers at once with the operation's id. The same lock as every hub
 * operation is held for the whole run.
 */
export function startHelmRollback(
  connection: HubConnection,
  settings: ServerSettings,
  { release, revision, timeoutMinutes = HELM_TIMEOUT_MINUTES.default }: HelmRollbackInput,
): Promise<StartedHelmOperation> {
  return startHelmOperation(connection, {
    prepare: async () => {
      try {
        const session = await hubHelmSession(connection, settings);
        const history = await releaseHistory(session, release);
        if (!history.some((item) => item.revision === revision)) {
          throw new HubRefusal(
            `Nothing was rolled back: ${release} has no revision ${revision} on the hub.`,
          );
        }
        return { kind: "rollback" as const, prepared: session };
      } catch (error) {
        throw helmRefusalOf(error);
      }
    },
    steps: [release],
    run: (session, operation) =>
      runHelmRollback(operation, release, () =>
        rollbackRelease(session, release, revision, timeoutMinutes),
      ),
  });
}
