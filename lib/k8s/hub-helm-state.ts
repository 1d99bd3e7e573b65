import "server-only";

import { findHelm } from "@/lib/helm/find-helm";
import { HelmFailure } from "@/lib/helm/helm-failure";
import { releaseHistory, releaseStates } from "@/lib/helm/release-reads";
import type { HubHelmAnswer } from "@/lib/hub/helm-install";
import type { HelmRevision } from "@/lib/hub/helm-release";
import { latestHelmOperation } from "@/lib/server/helm-operations";
import type { ServerSettings } from "@/lib/server/settings";

import type { HubConnection } from "./client";
import { hubHelmSession } from "./hub-helm-session";
import { hubIdOf } from "./hub-id";
import { UNFINISHED_ON_HUB } from "./hub-refusal";

/**
 * The Helm side of the hub as the page polls it: the Helm the server runs, both releases as the
 * hub holds them (a release stuck in `pending-*` is reported so), each one's history, and this
 * hub's latest Helm operation. A Helm that cannot read the releases leaves them empty and says why.
 */
export async function hubHelmState(
  connection: HubConnection,
  settings: ServerSettings,
): Promise<HubHelmAnswer> {
  const hubId = hubIdOf(connection);
  const operation = latestHelmOperation(hubId);
  const base = { hubId, releases: [], history: {}, ...(operation ? { operation } : {}) };
  const helm = await findHelm(settings);
  if (!helm.isAvailable) return { ...base, helm };
  try {
    const session = await hubHelmSession(connection, settings);
    const releases = await releaseStates(session);
    // Each release's history at once: the page polls this, and each is a Helm process.
    const histories = await Promise.all(
      releases.map(async (state): Promise<[string, HelmRevision[]]> => [
        state.name,
        await releaseHistory(session, state.name),
      ]),
    );
    const history: HubHelmAnswer["history"] = Object.fromEntries(histories);
    return { ...base, helm, releases, history };
  } catch (error) {
    return {
      ...base,
      helm,
      problem: error instanceof HelmFailure ? error.message : UNFINISHED_ON_HUB,
    };
  }
}
