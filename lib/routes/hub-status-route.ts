import "server-only";

import type { NextRequest } from "next/server";

import type { HubStatus } from "@/lib/hub/hub-reads";
import { connectHub } from "@/lib/k8s/client";
import { hubIdOf } from "@/lib/k8s/hub-id";
import { hubAccessOf } from "@/lib/server/request-access";
import { serverSettings } from "@/lib/server/settings";

import { checkedBody, routeAnswer } from "./hub-route";

/**
 * The cluster features' state for this browser session: it says nothing of the hub itself but,
 * once the session may use it, the opaque id of the connection the server would use.
 */
export async function hubStatusRoute(request: NextRequest) {
  const checked = await checkedBody(request);
  if ("refusal" in checked) return checked.refusal;
  const settings = serverSettings();
  const access = hubAccessOf(settings, request);
  if (access.status === "misconfigured") {
    return routeAnswer<HubStatus>({ access: access.status, message: access.message });
  }
  if (access.status !== "allowed") return routeAnswer<HubStatus>({ access: access.status });
  const connected = connectHub(settings);
  // Without a connection there is no hub to name; preflight then says what is wrong.
  return routeAnswer<HubStatus>(
    "connection" in connected
      ? { access: access.status, hubId: hubIdOf(connected.connection) }
      : { access: access.status },
  );
}
