import "server-only";

import { VALUES_SECRET } from "@/lib/hub/hub-plan";
import type { ObjectRef } from "@/lib/hub/object-ref";
import type { HubError } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { hubErrorOn } from "./errors";
import { readLive } from "./hub-calls";

const REF: ObjectRef = {
  kind: "Secret",
  name: VALUES_SECRET.name,
  namespace: VALUES_SECRET.namespace,
};

/** values.yaml as Easel last applied it to the hub, from the values Secret. */
export async function readHubValues(
  connection: HubConnection,
): Promise<{ text: string } | { error: HubError }> {
  try {
    const secret = await readLive(connection, REF);
    const encoded = secret?.data?.[VALUES_SECRET.key];
    if (encoded === undefined) {
      return {
        error: {
          code: "not-found",
          message: `Easel has not applied values to this hub yet (no ${VALUES_SECRET.key} in Secret ${REF.namespace}/${REF.name}).`,
        },
      };
    }
    return { text: Buffer.from(encoded, "base64").toString("utf8") };
  } catch (error) {
    return { error: hubErrorOn(connection, error, "get", REF) };
  }
}
