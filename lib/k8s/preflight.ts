import "server-only";

import { ApiException } from "@kubernetes/client-node";

import { FLUX_KINDS, fluxSupport, isFluxReady, type FluxSupport } from "@/lib/hub/flux-apis";
import { apiGroupOf, HUB_KINDS, HUB_RESOURCES, type ObjectRef } from "@/lib/hub/object-ref";
import type { AccessCheck, HubVerb, Preflight } from "@/lib/hub/results";
import { originOf } from "@/lib/hub/values-origin";

import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";
import { readValuesSecret } from "./read-hub-values";

/** PaletteAI's hub requirement: Kubernetes 1.32 or newer. */
export const MIN_HUB_VERSION = { major: 1, minor: 32 } as const;

/** What server-side apply needs: `patch`, `create` for an object not there yet, `get` for the diff. */
export const APPLY_VERBS: readonly HubVerb[] = ["get", "create", "patch"];

/** Whether `gitVersion` (such as `v1.32.4-gke.100`) is at least PaletteAI's minimum. */
export function isSupportedVersion(gitVersion: string): boolean {
  const match = /^v?(\d+)\.(\d+)/.exec(gitVersion);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return (
    major > MIN_HUB_VERSION.major ||
    (major === MIN_HUB_VERSION.major && minor >= MIN_HUB_VERSION.minor)
  );
}

async function identityOf(connection: HubConnection): Promise<Preflight["identity"]> {
  try {
    const review = await connection.authentication.createSelfSubjectReview({
      body: { apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" },
    });
    const user = review.status?.userInfo;
    return { username: user?.username ?? "", groups: user?.groups ?? [], isFromKubeconfig: false };
  } catch (error) {
    // Hubs before 1.28 cannot say who the caller is (404, or 403 where the user may not ask
    // for an API the hub lacks): name the kubeconfig's user instead.
    if (error instanceof ApiException && (error.code === 404 || error.code === 403)) {
      return { username: connection.user, groups: [], isFromKubeconfig: true };
    }
    throw error;
  }
}

/** The resource names `groupVersion` lists, or undefined when the hub does not serve it. */
async function listedResources(
  connection: HubConnection,
  groupVersion: string,
): Promise<string[] | undefined> {
  const [group = "", version = ""] = groupVersion.split("/");
  try {
    const list = await connection.customObjects.getAPIResources({ group, version });
    return list.resources.map((resource) => resource.name);
  } catch (error) {
    if (error instanceof ApiException && error.code === 404) return undefined;
    throw error;
  }
}

/**
 * Which of Flux's resources the hub serves, read from the resource lists of the group/versions
 * Easel applies them with (the group/version alone is not enough: see `fluxSupport`).
 */
export async function fluxServed(connection: HubConnection): Promise<FluxSupport> {
  const listed = new Map<string, string[]>();
  await Promise.all(
    FLUX_KINDS.map(async (kind) => {
      const names = await listedResources(connection, HUB_KINDS[kind]);
      if (names) listed.set(HUB_KINDS[kind], names);
    }),
  );
  return fluxSupport(listed);
}

/** Whether the hub serves both Flux resources Easel hands the charts to. */
export async function isFluxServed(connection: HubConnection): Promise<boolean> {
  return isFluxReady(await fluxServed(connection));
}

async function mayDo(connection: HubConnection, ref: ObjectRef, verb: HubVerb): Promise<boolean> {
  const review = await connection.authorization.createSelfSubjectAccessReview({
    body: {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectAccessReview",
      spec: {
        resourceAttributes: {
          verb,
          group: apiGroupOf(ref.kind),
          resource: HUB_RESOURCES[ref.kind],
          name: ref.name,
          ...(ref.namespace ? { namespace: ref.namespace } : {}),
        },
      },
    },
  });
  return review.status?.allowed === true;
}

/** Whether the hub's user may do each verb server-side apply needs, on each of `refs`. */
export async function accessChecks(connection: HubConnection, refs: readonly ObjectRef[]) {
  return Promise.all(
    refs.map(async (ref): Promise<AccessCheck> => ({
      ref,
      verbs: await Promise.all(
        APPLY_VERBS.map(async (verb) => ({ verb, isAllowed: await mayDo(connection, ref, verb) })),
      ),
    })),
  );
}

/**
 * Everything Easel checks before it sends an object: the hub answers, its version, who Easel is
 * there, whether Flux's APIs are served, and whether each object of the plan may be applied.
 * `fluxRefs` are checked only when Flux is served.
 */
export async function runPreflight(
  connection: HubConnection,
  refs: readonly ObjectRef[],
  fluxRefs: readonly ObjectRef[],
): Promise<Preflight> {
  const base = {
    server: connection.server,
    context: connection.context,
    flux: { isSourceServed: false, isHelmServed: false },
    access: [],
  };
  try {
    const { gitVersion } = await connection.version.getCode();
    const identity = await identityOf(connection);
    const flux = await fluxServed(connection);
    const checked = isFluxReady(flux) ? [...refs, ...fluxRefs] : refs;
    const values = await readValuesSecret(connection);
    return {
      ...base,
      isReachable: true,
      version: { gitVersion, isSupported: isSupportedVersion(gitVersion) },
      identity,
      flux,
      access: await accessChecks(connection, checked),
      // Only which configuration the values came from: the values stay on the server.
      ...("error" in values ? {} : { values: originOf(values) }),
    };
  } catch (error) {
    const problem = hubErrorOn(connection, error, "ask");
    const isReachable = problem.code !== "unreachable" && problem.code !== "timeout";
    return { ...base, isReachable, error: problem };
  }
}
