import "server-only";

import { findHelm } from "@/lib/helm/find-helm";
import { HelmFailure } from "@/lib/helm/helm-failure";
import { releaseValues } from "@/lib/helm/release-reads";
import type { LoadedHubValues } from "@/lib/hub/hub-reads";
import type { HubError } from "@/lib/hub/results";
import type { LiveValuesSecret } from "@/lib/hub/values-origin";
import type { ServerSettings } from "@/lib/server/settings";

import type { HubConnection } from "./client";
import { hubHelmSession } from "./hub-helm-session";
import { readHubValues, readValuesSecret } from "./read-hub-values";
import { isSameValues } from "./same-values";

/** Easel's own values Secret's text and configuration, when the hub holds one Easel made. */
function easelValues(
  live: LiveValuesSecret | { error: HubError },
): { text: string; configurationId?: string } | undefined {
  if ("error" in live || !live.isOnHub || live.isForeign || live.text === undefined)
    return undefined;
  return live.configurationId
    ? { text: live.text, configurationId: live.configurationId }
    : { text: live.text };
}

/**
 * What "Load from cluster" fills the form from. When a Helm release `mural` exists: its own
 * values (`helm get values`), or Easel's values Secret's text when that holds the same values
 * (parsed equal), since the Secret keeps the file's comments and names its configuration.
 * Without a release (or without Helm on the server): Easel's values Secret, as before.
 */
export async function loadHubValues(
  connection: HubConnection,
  settings: ServerSettings,
): Promise<LoadedHubValues | { error: HubError }> {
  const helm = await findHelm(settings);
  if (helm.isAvailable) {
    let released: string | undefined;
    try {
      released = await releaseValues(await hubHelmSession(connection, settings), "mural");
    } catch (error) {
      const message =
        error instanceof HelmFailure ? error.message : "Helm could not read mural's values.";
      return { error: { code: "unknown", message } };
    }
    if (released !== undefined) {
      const own = easelValues(await readValuesSecret(connection));
      if (own && isSameValues(own.text, released)) {
        return { ...own, source: "values-secret" };
      }
      return { text: released, source: "helm-release" };
    }
  }
  const read = await readHubValues(connection);
  return "error" in read ? read : { ...read, source: "values-secret" };
}
