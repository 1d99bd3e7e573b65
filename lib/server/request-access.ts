import "server-only";

import { cookies, headers } from "next/headers";

import { HUB_SESSION_COOKIE, hubAccessFor, sessionProof, type HubAccess } from "./access";
import { clientAddress, clientKey, PEER_HEADER } from "./client-address";
import type { ServerSettings } from "./settings";

/** What access is decided from: a request's cookies and headers (a `NextRequest` is one). */
export type RequestSeen = {
  cookies: { get(name: string): { value: string } | undefined };
  headers: Headers;
};

/**
 * The cluster access of the browser session that sent `request`: its session cookie and the Host
 * it used. Actions and route handlers both decide access here, the same way.
 */
export function hubAccessOf(settings: ServerSettings, request: RequestSeen): HubAccess {
  return hubAccessFor(settings, {
    sessionCookie: request.cookies.get(HUB_SESSION_COOKIE)?.value,
    host: request.headers.get("host") ?? undefined,
  });
}

/** The cluster access of the browser session making this request (an action's). */
export async function requestHubAccess(settings: ServerSettings): Promise<HubAccess> {
  return hubAccessOf(settings, { cookies: await cookies(), headers: await headers() });
}

/**
 * Who is asking, as the sign-in throttle counts clients: the peer Easel's server saw, or the
 * address a trusted proxy forwarded (see `clientAddress`), IPv6 grouped by /64.
 */
export async function requestClient(settings: ServerSettings): Promise<string> {
  const requestHeaders = await headers();
  const address = clientAddress(
    {
      peer: requestHeaders.get(PEER_HEADER) ?? undefined,
      forwardedFor: requestHeaders.get("x-forwarded-for") ?? undefined,
    },
    settings.trustedProxies,
  );
  return clientKey(address);
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
