import "server-only";

import { ApiException, PatchStrategy, type KubernetesObject } from "@kubernetes/client-node";

import { FIELD_MANAGER, type HubObject } from "@/lib/hub/hub-plan";
import { describeRef, HUB_KINDS, refOf, type ObjectRef } from "@/lib/hub/object-ref";
import type { FieldConflict, HubError } from "@/lib/hub/results";

import { applyConflictOf, conflictMessage } from "./apply-conflict";
import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";

export type LiveObject = KubernetesObject & {
  type?: string;
  data?: Record<string, string>;
  spec?: unknown;
};

/** The object as the hub has it now, or undefined when it does not exist. */
export async function readLive(
  connection: HubConnection,
  { kind, name, namespace }: ObjectRef,
): Promise<LiveObject | undefined> {
  try {
    return await connection.objects.read<LiveObject>({
      apiVersion: HUB_KINDS[kind],
      kind,
      metadata: { name, namespace },
    });
  } catch (error) {
    if (error instanceof ApiException && error.code === 404) return undefined;
    throw error;
  }
}

/** How one object is applied. */
export type ApplyMode = {
  isDryRun: boolean;
  /** Take over fields other managers own: only for objects the admin took over or adopted. */
  isForced: boolean;
  /** The version the plan saw: the hub refuses the apply if the object changed since. */
  resourceVersion?: string;
};

/**
 * Server-side apply of one object with Easel's field manager. Without force, fields another
 * manager owns are a conflict the hub refuses, not overwritten. A clone is sent: the client
 * rewrites what it is given.
 */
async function serverSideApply(
  connection: HubConnection,
  object: HubObject,
  { isDryRun, isForced, resourceVersion }: ApplyMode,
): Promise<LiveObject> {
  const body = structuredClone(object) as KubernetesObject;
  if (resourceVersion) body.metadata = { ...body.metadata, resourceVersion };
  return (await connection.objects.patch(
    body,
    undefined,
    isDryRun ? "All" : undefined,
    FIELD_MANAGER,
    isForced,
    PatchStrategy.ServerSideApply,
  )) as LiveObject;
}

/** A merge patch's map that leaves exactly `next`: every other key of `live` is removed (null). */
function exactly(
  live: Record<string, string> | undefined,
  next: Record<string, string> | undefined,
): Record<string, string | null> {
  const removed = Object.keys(live ?? {}).filter((key) => !(key in (next ?? {})));
  return { ...Object.fromEntries(removed.map((key) => [key, null])), ...next };
}

/** A merge patch of `body` (with Easel's field manager), the verb RBAC calls `patch`. */
async function mergePatch(connection: HubConnection, body: unknown): Promise<LiveObject> {
  return (await connection.objects.patch(
    body as KubernetesObject,
    undefined,
    undefined,
    FIELD_MANAGER,
    undefined,
    PatchStrategy.MergePatch,
  )) as LiveObject;
}

/**
 * Makes a live object not made by Easel Easel's: its labels, annotations and data become exactly
 * Easel's and its field managers are reset (a `[{}]` list clears them), it is applied with force,
 * and its managers are narrowed to Easel's apply (the hub names the fields that were there before
 * the first apply `before-first-apply`; left, they would keep keys Easel later drops). Merge
 * patches, not a replace, so Easel needs no `update` right; each write carries the version the
 * previous one left, so a change by anyone else in between fails it.
 */
async function adoptLive(
  connection: HubConnection,
  object: HubObject,
  live: LiveObject,
): Promise<LiveObject> {
  const { apiVersion, kind, metadata } = object;
  // An undefined namespace (a Namespace's) is left out of the request's JSON.
  const { name, namespace } = refOf(object);
  const next = object as { data?: Record<string, string> } & typeof object;
  const annotations = (metadata as { annotations?: Record<string, string> }).annotations;
  const reset = await mergePatch(connection, {
    apiVersion,
    kind,
    metadata: {
      name,
      namespace,
      resourceVersion: live.metadata?.resourceVersion,
      managedFields: [{}],
      labels: exactly(live.metadata?.labels, metadata.labels),
      annotations: exactly(live.metadata?.annotations, annotations),
    },
    ...(kind === "Secret" ? { data: exactly(live.data, next.data) } : {}),
  });
  const applied = await serverSideApply(connection, object, {
    isDryRun: false,
    isForced: true,
    resourceVersion: reset.metadata?.resourceVersion,
  });
  const managers = applied.metadata?.managedFields ?? [];
  const own = managers.filter(
    (entry) => entry.manager === FIELD_MANAGER && entry.operation === "Apply",
  );
  if (own.length === managers.length) return applied;
  return mergePatch(connection, {
    apiVersion,
    kind,
    metadata: {
      name,
      namespace,
      resourceVersion: applied.metadata?.resourceVersion,
      managedFields: own,
    },
  });
}

export type AppliedObject = { result: LiveObject } | { error: HubError; conflict?: FieldConflict };

/**
 * One object through server-side apply (or its dry run), or adopted: the object as the hub says
 * it is (or would be) after. A failure comes back explained; a field conflict names the managers
 * and fields.
 */
export async function applyObject(
  connection: HubConnection,
  object: HubObject,
  mode: ApplyMode & { adopting?: LiveObject; exists: boolean },
): Promise<AppliedObject> {
  const ref = refOf(object);
  try {
    const result =
      mode.adopting && !mode.isDryRun
        ? await adoptLive(connection, object, mode.adopting)
        : await serverSideApply(connection, object, mode);
    return { result };
  } catch (error) {
    const conflict = applyConflictOf(error);
    if (conflict) {
      return {
        error: { code: "conflict", message: conflictMessage(describeRef(ref), conflict) },
        conflict,
      };
    }
    return { error: hubErrorOn(connection, error, mode.exists ? "patch" : "create", ref) };
  }
}
