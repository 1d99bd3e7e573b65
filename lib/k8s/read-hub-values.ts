import "server-only";

import { CONFIGURATION_ID_ANNOTATION, VALUES_SECRET } from "@/lib/hub/hub-plan";
import { describeRef, type ObjectRef } from "@/lib/hub/object-ref";
import { isEaselObject } from "@/lib/hub/ownership";
import type { HubError } from "@/lib/hub/results";
import type { LiveValuesSecret } from "@/lib/hub/values-origin";
import { isConfigurationId } from "@/lib/schemas/sections/configuration-id";

import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";
import { readLive } from "./hub-calls";

const REF: ObjectRef = {
  kind: "Secret",
  name: VALUES_SECRET.name,
  namespace: VALUES_SECRET.namespace,
};

/**
 * The values Secret Easel last applied to the hub: which configuration it came from (its
 * annotation, when it is a valid id) and values.yaml; only that it exists when Easel did not make
 * it. For the server only: the text holds secrets.
 */
export async function readValuesSecret(
  connection: HubConnection,
): Promise<LiveValuesSecret | { error: HubError }> {
  try {
    const secret = await readLive(connection, REF);
    if (!secret) return { isOnHub: false };
    // Another's Secret may hold anything: neither its values nor its annotations leave the hub.
    if (!isEaselObject(secret)) return { isOnHub: true, isForeign: true };
    const annotated = secret.metadata?.annotations?.[CONFIGURATION_ID_ANNOTATION];
    const encoded = secret.data?.[VALUES_SECRET.key];
    return {
      isOnHub: true,
      ...(isConfigurationId(annotated) ? { configurationId: annotated } : {}),
      ...(encoded === undefined ? {} : { text: Buffer.from(encoded, "base64").toString("utf8") }),
    };
  } catch (error) {
    return { error: hubErrorOn(connection, error, "get", REF) };
  }
}

/** values.yaml as Easel last applied it to the hub, with the configuration it came from. */
export async function readHubValues(
  connection: HubConnection,
): Promise<{ text: string; configurationId?: string } | { error: HubError }> {
  const live = await readValuesSecret(connection);
  if ("error" in live) return live;
  if (live.isOnHub && live.isForeign) {
    return {
      error: {
        code: "forbidden",
        message: `${describeRef(REF)} exists and was not made by Easel, so Easel does not read it: it may hold another tool's values and credentials, which would then reach this browser. Adopt it in the plan to replace it with this configuration's values.`,
      },
    };
  }
  if (!live.isOnHub || live.text === undefined) {
    return {
      error: {
        code: "not-found",
        message: `Easel has not applied values to this hub yet (no ${VALUES_SECRET.key} in Secret ${REF.namespace}/${REF.name}).`,
      },
    };
  }
  return live.configurationId
    ? { text: live.text, configurationId: live.configurationId }
    : { text: live.text };
}
