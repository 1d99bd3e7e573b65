import "server-only";

import { createHash, createHmac, timingSafeEqual } from "node:crypto";

import { MIN_ACCESS_TOKEN_LENGTH, type ServerSettings } from "./settings";

/** The httpOnly cookie that says this browser session gave the access token. */
export const HUB_SESSION_COOKIE = "easel-hub-session";

/** Who may use the cluster features, now. */
export type HubAccess =
  | { status: "disabled" }
  /** Nobody may, for the reason given (no token beyond loopback, too short a token, a foreign host). */
  | { status: "misconfigured"; message: string }
  | { status: "token-required" }
  | { status: "allowed" };

/** What a request says about itself that decides its access. */
export type AccessRequest = {
  /** The value of the session cookie, if the browser sent one. */
  sessionCookie?: string;
  /** The request's Host header: the name the browser used to reach Easel. */
  host?: string;
};

/** The name in a Host header, without its port: `[::1]:3000` → `[::1]`, `easel:80` → `easel`. */
export function hostnameOf(hostHeader: string): string {
  const bracketed = /^\[[^\]]*\]/.exec(hostHeader);
  return bracketed ? bracketed[0] : (hostHeader.split(":")[0] ?? "");
}

/** Whether `host` reaches only this machine. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * The cookie's value: a keyed hash of the token, so the cookie never holds the token itself and a
 * changed token ends every session.
 */
export function sessionProof(accessToken: string): string {
  return createHmac("sha256", accessToken).update("easel hub session v1").digest("base64url");
}

/** Constant-time comparison of two strings of any length. */
export function isSameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Who may use the cluster features: nobody unless the operator turned them on; with an access
 * token configured, only a browser session that gave it; without one, only when Easel listens on
 * loopback alone (the local user), and only for a page opened by a loopback name. A web page
 * whose own name an attacker re-points at 127.0.0.1 (DNS rebinding) is same-origin to itself, so
 * the origin check alone would let it act on the hub; its Host header still names the attacker.
 */
export function hubAccessFor(
  settings: ServerSettings,
  { sessionCookie, host }: AccessRequest,
): HubAccess {
  if (!settings.clusterFeatures) return { status: "disabled" };
  const { accessToken } = settings;
  if (accessToken !== undefined && accessToken.length < MIN_ACCESS_TOKEN_LENGTH) {
    return {
      status: "misconfigured",
      message: `EASEL_ACCESS_TOKEN is shorter than ${MIN_ACCESS_TOKEN_LENGTH} characters; cluster actions stay off until it is longer.`,
    };
  }
  if (accessToken === undefined) {
    if (!isLoopbackHost(settings.listenHost)) {
      return {
        status: "misconfigured",
        message:
          "Easel listens beyond this machine, so cluster actions need EASEL_ACCESS_TOKEN on the Easel server.",
      };
    }
    return host !== undefined && isLoopbackHost(hostnameOf(host))
      ? { status: "allowed" }
      : {
          status: "misconfigured",
          message:
            "Cluster actions answer only pages opened at localhost or 127.0.0.1 when Easel has no access token.",
        };
  }
  return sessionCookie !== undefined && isSameSecret(sessionCookie, sessionProof(accessToken))
    ? { status: "allowed" }
    : { status: "token-required" };
}

/** Why an action was refused, as the admin reads it. */
export function refusalMessage(access: Exclude<HubAccess, { status: "allowed" }>): string {
  switch (access.status) {
    case "disabled":
      return "Cluster features are off on this Easel server (EASEL_CLUSTER_FEATURES=on turns them on).";
    case "misconfigured":
      return access.message;
    case "token-required":
      return "Enter the access token first: cluster actions on this Easel server need it.";
  }
}
