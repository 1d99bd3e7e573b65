import "server-only";

import { createHash } from "node:crypto";

import type { HubConnection } from "./client";

/**
 * An opaque id of the hub connection: a hash of its server URL, context and user, so the page
 * keeps each hub's answers apart without learning the address or any credential from it.
 */
export function hubIdOf({ server, context, user }: HubConnection): string {
  return createHash("sha256")
    .update(["easel hub id v1", server, context, user].join("\0"))
    .digest("base64url")
    .slice(0, 22);
}
