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

/**
 * Makes a live object not made by Easel Easel's: replaced whole by Easel's (labels, annotations,
 * data) with its field managers reset (a `[{}]` list clears them), applied with force, and its
 * managers narrowed to Easel's apply (the hub names the fields that were there before the first
 * apply `before-first-apply`; left, they would keep keys Easel later drops). Each write carries
 * the version the previous one left, so a change by anyone else in between fails it.
 */
async function adoptLive(
  connection: HubConnection,
  object: HubObject,
  resourceVersion: string | undefined,
): Promise<LiveObject> {
  const body = structuredClone(object) as KubernetesObject;
  body.metadata = { ...body.metadata, resourceVersion, managedFields: [{}] };
  const replaced = await connection.objects.replace(body, undefined, undefined, FIELD_MANAGER);
  const applied = await serverSideApply(connection, object, {
    isDryRun: false,
    isForced: true,
    resourceVersion: replaced.metadata?.resourceVersion,
  });
  const own = (applied.metadata?.managedFields ?? []).filter(
    (entry) => entry.manager === FIELD_MANAGER && entry.operation === "Apply",
  );
  if (own.length === applied.metadata?.managedFields?.length) return applied;
  const { apiVersion, kind, metadata } = applied;
  return (await connection.objects.patch(
    {
      apiVersion,
      kind,
      metadata: { ...metadata, managedFields: own },
    } as KubernetesObject,
    undefined,
    undefined,
    FIELD_MANAGER,
    undefined,
    PatchStrategy.MergePatch,
  )) as LiveObject;
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
  mode: ApplyMode & { isAdopting?: boolean; exists: boolean },
): Promise<AppliedObject> {
  const ref = refOf(object);
  try {
    const result =
      mode.isAdopting && !mode.isDryRun
        ? await adoptLive(connection, object, mode.resourceVersion)
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
