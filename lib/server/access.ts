import "server-only";

import { createHash, createHmac, timingSafeEqual } from "node:crypto";

import { MIN_ACCESS_TOKEN_LENGTH, type ServerSettings } from "./settings";

/** The httpOnly cookie that says this browser session gave the access token. */
export const HUB_SESSION_COOKIE = "easel-hub-session";

/** Who may use the cluster features, now. */
export type HubAccess =
  | { status: "disabled" }
  /** Easel listens beyond loopback with no (or too short a) token: nobody may. */
  | { status: "misconfigured"; message: string }
  | { status: "token-required" }
  | { status: "allowed" };

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
 * loopback alone (the local user).
 */
export function hubAccessFor(
  settings: ServerSettings,
  sessionCookie: string | undefined,
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
    return isLoopbackHost(settings.listenHost)
      ? { status: "allowed" }
      : {
          status: "misconfigured",
          message:
            "Easel listens beyond this machine, so cluster actions need EASEL_ACCESS_TOKEN on the Easel server.",
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
