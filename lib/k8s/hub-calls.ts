import "server-only";

import { ApiException, PatchStrategy, type KubernetesObject } from "@kubernetes/client-node";

import { FIELD_MANAGER, type HubObject } from "@/lib/hub/hub-plan";
import { HUB_KINDS, refOf, type ObjectRef } from "@/lib/hub/object-ref";
import type { HubError } from "@/lib/hub/results";

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

/**
 * Server-side apply of one object with Easel's field manager, taking ownership of the fields it
 * sets (the docs' advice for a tool that owns what it applies). A clone is sent: the client
 * rewrites what it is given.
 */
async function serverSideApply(
  connection: HubConnection,
  object: HubObject,
  options: { isDryRun: boolean },
): Promise<LiveObject> {
  return (await connection.objects.patch(
    structuredClone(object) as KubernetesObject,
    undefined,
    options.isDryRun ? "All" : undefined,
    FIELD_MANAGER,
    true,
    PatchStrategy.ServerSideApply,
  )) as LiveObject;
}

export type AppliedObject = { live?: LiveObject; result: LiveObject } | { error: HubError };

/**
 * One object through server-side apply (or its dry run): the object as it was, and as the hub
 * says it is (or would be) after. A failure comes back as the verb that failed, explained.
 */
export async function applyObject(
  connection: HubConnection,
  object: HubObject,
  options: { isDryRun: boolean },
): Promise<AppliedObject> {
  const ref = refOf(object);
  let verb = "get";
  try {
    const live = await readLive(connection, ref);
    verb = live ? "patch" : "create";
    return { live, result: await serverSideApply(connection, object, options) };
  } catch (error) {
    return { error: hubErrorOn(connection, error, verb, ref) };
  }
}
