import "server-only";

import type { HelmReleaseName, RenderedRef } from "@/lib/hub/helm-release";
import { describeRendered } from "@/lib/hub/rendered-objects";

import type { HubConnection } from "./client";
import { refusedObjectsText } from "./helm-access-refusal";
import { releaseAccess } from "./rendered-access";

/**
 * Why `release` may not be installed now, asked of the objects whose kind the hub did not serve
 * when the install was checked (a CRD of `mural-crds`): once the release before it added the kind,
 * their access is asked as any other's, before Helm writes anything of `release`. Undefined when
 * every one is allowed, or when the hub still does not serve a kind (Helm then says so itself).
 */
export async function deferredAccessRefusal(
  connection: HubConnection,
  release: HelmReleaseName,
  unchecked: readonly RenderedRef[],
): Promise<string | undefined> {
  if (unchecked.length === 0) return undefined;
  // Only a first install leaves a kind unserved: each of these objects is created.
  const access = await releaseAccess(
    connection,
    release,
    unchecked.map((ref) => ({ ref, change: "create" as const })),
  );
  if (access.refused.length === 0) return undefined;
  const stillUnchecked =
    access.unchecked.length > 0
      ? ` (still not served: ${access.unchecked.map(describeRendered).join(", ")})`
      : "";
  return `Nothing of ${release} was written: now that its kinds are served, the hub forbids ${refusedObjectsText(access.refused)}${stillUnchecked}. The steps before it stay installed; grant the access and run the install again.`;
}
