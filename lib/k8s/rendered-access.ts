import "server-only";

import { ApiException } from "@kubernetes/client-node";

import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import type { HelmVerb, RefusedAccess, ReleaseAccess } from "@/lib/hub/helm-install";
import type { HelmReleaseName, RenderedChange, RenderedRef } from "@/lib/hub/helm-release";

import type { HubConnection } from "./client";

/** What Helm does to an object for each change: create it, patch it, or delete it. */
const VERBS_OF: Record<RenderedChange["change"], HelmVerb[]> = {
  create: ["create"],
  change: ["get", "patch"],
  unchanged: ["get", "patch"],
  delete: ["delete"],
};

/** Helm keeps each revision of a release as a Secret in the release's namespace. */
const RECORD_VERBS: HelmVerb[] = ["get", "list", "create", "update"];

function groupOf(apiVersion: string): string {
  return apiVersion.includes("/") ? (apiVersion.split("/")[0] ?? "") : "";
}

type Resource = { name: string; isNamespaced: boolean };

/** The resource the hub serves `ref`'s kind as, or undefined when it does not serve the kind yet. */
async function resourceOf(
  connection: HubConnection,
  ref: RenderedRef,
): Promise<Resource | undefined> {
  try {
    const resource = await connection.objects.resourceOf(ref.apiVersion, ref.kind);
    return resource ? { name: resource.name, isNamespaced: resource.namespaced } : undefined;
  } catch (error) {
    if (error instanceof ApiException && error.code === 404) return undefined;
    throw error;
  }
}

/** The verbs of `verbs` the hub's user may not do on one object (the hub's own answer). */
async function refusedVerbs(
  connection: HubConnection,
  attributes: { group: string; resource: string; name?: string; namespace?: string },
  verbs: readonly HelmVerb[],
): Promise<HelmVerb[]> {
  const answers = await Promise.all(
    verbs.map(async (verb) => {
      const review = await connection.authorization.createSelfSubjectAccessReview({
        body: {
          apiVersion: "authorization.k8s.io/v1",
          kind: "SelfSubjectAccessReview",
          spec: { resourceAttributes: { verb, ...attributes } },
        },
      });
      return review.status?.allowed === true ? [] : [verb];
    }),
  );
  return answers.flat();
}

/**
 * Whether the hub's user may keep `release`'s records (Secrets in the release's namespace, as
 * Helm 3 and 4 store each revision): asked before Helm is run at all, so a user without them is
 * refused per release without a single Helm call on the hub.
 */
export async function recordsAccess(
  connection: HubConnection,
  release: HelmReleaseName,
): Promise<RefusedAccess[]> {
  const verbs = await refusedVerbs(
    connection,
    { group: "", resource: "secrets", namespace: RELEASE_NAMESPACE },
    RECORD_VERBS,
  );
  const ref: RenderedRef = {
    apiVersion: "v1",
    kind: "Secret",
    name: `sh.helm.release.v1.${release}`,
    namespace: RELEASE_NAMESPACE,
  };
  return verbs.length > 0 ? [{ ref, verbs }] : [];
}

/**
 * Whether the hub's user may do what installing or upgrading `release` does: its records, and
 * each rendered object's create, patch or delete, by the resource name the hub's discovery gives
 * its kind (an object without a namespace lands in the release's). A kind the hub does not serve
 * yet (a CRD of the other chart) is named as unchecked.
 */
export async function releaseAccess(
  connection: HubConnection,
  release: HelmReleaseName,
  changes: readonly RenderedChange[],
): Promise<ReleaseAccess> {
  const refused: RefusedAccess[] = await recordsAccess(connection, release);
  const unchecked: RenderedRef[] = [];
  // In the changes' order, so the sentence and the panel list them as the preview does.
  const checked = await Promise.all(
    changes.map(async ({ ref, change }) => {
      const resource = await resourceOf(connection, ref);
      if (!resource) return { ref, isUnchecked: true, verbs: [] };
      const namespace = resource.isNamespaced ? (ref.namespace ?? RELEASE_NAMESPACE) : undefined;
      const verbs = await refusedVerbs(
        connection,
        {
          group: groupOf(ref.apiVersion),
          resource: resource.name,
          // RBAC cannot name an object not created yet: a create is asked of the kind.
          ...(change === "create" ? {} : { name: ref.name }),
          ...(namespace ? { namespace } : {}),
        },
        VERBS_OF[change],
      );
      return { ref, isUnchecked: false, verbs };
    }),
  );
  for (const { ref, isUnchecked, verbs } of checked) {
    if (isUnchecked) unchecked.push(ref);
    else if (verbs.length > 0) refused.push({ ref, verbs });
  }
  return { release, refused, unchecked };
}
