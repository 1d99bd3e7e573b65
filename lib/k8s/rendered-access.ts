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
 * Whether the hub's user may do what installing or upgrading `release` does: each rendered
 * object's create, patch or delete, by the resource name the hub's discovery gives its kind (an
 * object without a namespace lands in the release's), and Helm's release records. A kind the hub
 * does not serve yet (a CRD of the other chart) is named as unchecked.
 */
export async function releaseAccess(
  connection: HubConnection,
  release: HelmReleaseName,
  changes: readonly RenderedChange[],
): Promise<ReleaseAccess> {
  const refused: RefusedAccess[] = [];
  const unchecked: RenderedRef[] = [];
  const recordRef: RenderedRef = {
    apiVersion: "v1",
    kind: "Secret",
    name: `sh.helm.release.v1.${release}`,
    namespace: RELEASE_NAMESPACE,
  };
  const records = await refusedVerbs(
    connection,
    { group: "", resource: "secrets", namespace: RELEASE_NAMESPACE },
    RECORD_VERBS,
  );
  if (records.length > 0) refused.push({ ref: recordRef, verbs: records });
  await Promise.all(
    changes.map(async ({ ref, change }) => {
      const resource = await resourceOf(connection, ref);
      if (!resource) {
        unchecked.push(ref);
        return;
      }
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
      if (verbs.length > 0) refused.push({ ref, verbs });
    }),
  );
  return { release, refused, unchecked };
}
