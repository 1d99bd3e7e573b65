import "server-only";

import { cookies, headers } from "next/headers";

import { HUB_SESSION_COOKIE, hubAccessFor, sessionProof, type HubAccess } from "./access";
import type { ServerSettings } from "./settings";

/** The cluster access of the browser session making this request. */
export async function requestHubAccess(settings: ServerSettings): Promise<HubAccess> {
  return hubAccessFor(settings, {
    sessionCookie: (await cookies()).get(HUB_SESSION_COOKIE)?.value,
    host: (await headers()).get("host") ?? undefined,
  });
}

/** Marks this browser session as having given the token, until the browser closes. */
export async function openHubSession(accessToken: string): Promise<void> {
  const origin = (await headers()).get("origin") ?? "";
  (await cookies()).set(HUB_SESSION_COOKIE, sessionProof(accessToken), {
    httpOnly: true,
    sameSite: "strict",
    secure: origin.startsWith("https:"),
    path: "/",
  });
}
