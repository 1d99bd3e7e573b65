import "server-only";

import { VALUES_SECRET } from "@/lib/hub/hub-plan";
import type { HubError } from "@/lib/hub/results";

import type { HubConnection } from "./client";
import { hubError } from "./errors";
import { readLive } from "./hub-calls";

const REF = {
  kind: "Secret",
  name: VALUES_SECRET.name,
  namespace: VALUES_SECRET.namespace,
} as const;

/** values.yaml as Easel last applied it to the hub, from the values Secret. */
export async function readHubValues(
  connection: HubConnection,
): Promise<{ text: string } | { error: HubError }> {
  try {
    const secret = await readLive(connection, {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: REF.name, namespace: REF.namespace },
      type: "Opaque",
      data: {},
    });
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
    return {
      error: hubError(error, {
        verb: "get",
        ref: REF,
        server: connection.server,
        timeoutMs: connection.timeoutMs,
      }),
    };
  }
}
