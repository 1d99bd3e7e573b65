import { readFileSync } from "node:fs";

import { findHelm } from "@/lib/helm/find-helm";
import type { HelmSession } from "@/lib/helm/helm-session";
import { serverSettings } from "@/lib/server/settings";
import type { HubUser, TestHub } from "@/scripts/test-hub/test-hub";

import { chartRegistry } from "./chart-registry";

/** The namespace the releases go to, as in production. */
export const RELEASE_NAMESPACE = "mural-system";

/**
 * A Helm session as the server makes one: the Helm at `helmPath` (found as EASEL_HELM), the test
 * hub's kubeconfig text for `user`, and the run's registry of stand-in charts over plain HTTP.
 */
export async function testSession(
  hub: TestHub,
  helmPath: string,
  o: { user?: HubUser; secrets?: readonly string[] } = {},
): Promise<HelmSession> {
  const helm = await findHelm({ ...serverSettings({}), helmPath });
  if (!helm.isAvailable) throw new Error(helm.problem);
  return {
    helm,
    kubeconfig: readFileSync(hub.kubeconfigs[o.user ?? "admin"], "utf8"),
    namespace: RELEASE_NAMESPACE,
    source: { registry: chartRegistry().repository, isPlainHttp: true },
    secrets: o.secrets ?? [],
  };
}
