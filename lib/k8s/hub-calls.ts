import "server-only";

import { ApiException, PatchStrategy, type KubernetesObject } from "@kubernetes/client-node";

import { FIELD_MANAGER, type HubObject } from "@/lib/hub/hub-plan";

import type { HubConnection } from "./client";

export type LiveObject = KubernetesObject & {
  type?: string;
  data?: Record<string, string>;
  spec?: unknown;
};

function identity(object: HubObject) {
  const { name, namespace } = object.metadata as { name: string; namespace?: string };
  return { apiVersion: object.apiVersion, kind: object.kind, metadata: { name, namespace } };
}

/** The object as the hub has it now, or undefined when it does not exist. */
export async function readLive(
  connection: HubConnection,
  object: HubObject,
): Promise<LiveObject | undefined> {
  try {
    return await connection.objects.read<LiveObject>(identity(object));
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
export async function serverSideApply(
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
