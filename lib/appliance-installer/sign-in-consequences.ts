import { valueAtPath } from "@/lib/paths/read-write";
import { isMapping } from "@/lib/tree/tree";

import type { Consequence } from "./consequence";
import type { LocalUiSettings } from "./local-ui-settings";

/** The local user the guide says the installer configures while Dex local users are enabled. */
const DEFAULT_LOCAL_USER = "admin@example.com";

const DISABLE = '"Disable Static Dex Users"';

/** The e-mail addresses of the host file's local Dex users, lower-cased as Dex compares them. */
function localUserEmails(host: unknown): Set<string> {
  const users = valueAtPath(host, ["dex", "config", "staticPasswords"]);
  const emails = new Set([DEFAULT_LOCAL_USER]);
  if (!Array.isArray(users)) return emails;
  for (const user of users) {
    if (isMapping(user) && typeof user.email === "string") emails.add(user.email.toLowerCase());
  }
  return emails;
}

function groupsText(groups: unknown): string {
  if (Array.isArray(groups) && groups.length > 0)
    return `the groups ${groups.map(String).join(", ")}`;
  return "its groups";
}

/**
 * Each `dexGroupMap` entry naming a local Dex user that "Disable Static Dex Users" removes: the
 * installer then clears `dex.config.staticPasswords`, so the user no longer exists and the entry
 * gives groups to no one. The users are those the host file lists, and the guide's default admin.
 */
function groupMapConsequences(host: unknown, final: unknown): Consequence[] {
  const map = valueAtPath(final, ["canvas", "impersonationProxy", "dexGroupMap"]);
  if (!isMapping(map)) return [];
  const removed = localUserEmails(host);
  return Object.entries(map)
    .filter(([email]) => removed.has(email.toLowerCase()))
    .map(([email, groups]) => ({
      kind: "group-map-removed-user" as const,
      path: "canvas.impersonationProxy.dexGroupMap",
      message:
        `dexGroupMap gives ${email} ${groupsText(groups)}, but ${email} is a local Dex user: with ` +
        `${DISABLE} on, the installer clears dex.config.staticPasswords, so ${email} cannot sign ` +
        `in and the entry gives groups to no one.`,
      fix: `Remove the ${email} entry, or turn ${DISABLE} off if this user should sign in.`,
    }));
}

/**
 * No way to sign in: with static users cleared by the installer and no connector in the file, no
 * one can. The guide asks for at least one connector when Dex local users are disabled.
 */
function noSignInConsequences(final: unknown): Consequence[] {
  const connectors = valueAtPath(final, ["dex", "config", "connectors"]);
  if (Array.isArray(connectors) && connectors.length > 0) return [];
  return [
    {
      kind: "no-sign-in",
      path: "dex.config.connectors",
      message:
        `With ${DISABLE} on, the installer clears dex.config.staticPasswords, and the file ` +
        "configures no connector: no one can sign in to PaletteAI.",
      fix: `Add a connector under dex.config.connectors, or turn ${DISABLE} off.`,
    },
  ];
}

/** What "Disable Static Dex Users" does to the file's sign-in settings; nothing while it is off. */
export function signInConsequences(
  host: unknown,
  final: unknown,
  settings: LocalUiSettings,
): Consequence[] {
  if (!settings.staticUsersDisabled) return [];
  return [...noSignInConsequences(final), ...groupMapConsequences(host, final)];
}
