"use server";

import type { HubAccess } from "@/lib/server/access";
import { requestHubAccess } from "@/lib/server/request-access";
import { serverSettings } from "@/lib/server/settings";

/** What the page may know of the cluster features: whether they are on and what access needs. */
export type HubStatus = { access: HubAccess["status"]; message?: string };

/** The cluster features' state for this browser session; it says nothing of the hub itself. */
export async function getHubStatusAction(): Promise<HubStatus> {
  const access = await requestHubAccess(serverSettings());
  return access.status === "misconfigured"
    ? { access: access.status, message: access.message }
    : { access: access.status };
}
