import "server-only";

import { CHART_REPOSITORY, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { findHelm } from "@/lib/helm/find-helm";
import { HelmFailure } from "@/lib/helm/helm-failure";
import type { HelmSession } from "@/lib/helm/helm-session";
import type { ChartSource, RegistryCredentials } from "@/lib/hub/helm-release";
import type { ServerSettings } from "@/lib/server/settings";

import type { HubConnection } from "./client";
import { HubRefusal } from "./hub-refusal";

/** Reads of releases need no chart: the source only names where a pull would go. */
const READS_SOURCE: ChartSource = { registry: CHART_REPOSITORY, isPlainHttp: false };

/**
 * A Helm session on the hub of `connection`, through the same kubeconfig context as every other
 * hub call, in the releases' namespace; a `HubRefusal` saying why when the server has no usable
 * Helm. `secrets` are masked in everything Helm prints.
 */
export async function hubHelmSession(
  connection: HubConnection,
  settings: ServerSettings,
  o: { source?: ChartSource; credentials?: RegistryCredentials; secrets?: readonly string[] } = {},
): Promise<HelmSession> {
  const helm = await findHelm(settings);
  if (!helm.isAvailable) throw new HubRefusal(helm.problem);
  return {
    helm,
    kubeconfig: connection.kubeconfigText(),
    namespace: RELEASE_NAMESPACE,
    source: o.source ?? READS_SOURCE,
    ...(o.credentials ? { credentials: o.credentials } : {}),
    secrets: o.secrets ?? [],
  };
}

/**
 * A Helm failure as the refusal the admin reads (its sentence is already masked and names the
 * release); anything else is passed on, for `refusalOf` to hide.
 */
export function helmRefusalOf(error: unknown): unknown {
  return error instanceof HelmFailure ? new HubRefusal(error.message) : error;
}
