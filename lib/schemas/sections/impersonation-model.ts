// What the form needs of the impersonation section, apart from its schema (`./impersonation.ts`): a target's page
// loads these with the form, and zod only at the first check.

import type { Impersonation } from "./impersonation";

/** `userMode` values the docs show; others are not documented. */
export const IMPERSONATION_USER_MODES = ["passthrough"] as const;
/** `map` looks groups up in the maps below; `passthrough` forwards the token's groups claim. */
export const IMPERSONATION_GROUPS_MODES = ["map", "passthrough"] as const;

export const MAP_NAMES = ["userMap", "groupMap", "dexGroupMap"] as const;
export type MapName = (typeof MAP_NAMES)[number];

/** The groups of a comma-separated list, trimmed, empty ones dropped. */
export function splitGroups(value: string): string[] {
  return value
    .split(",")
    .map((group) => group.trim())
    .filter((group) => group !== "");
}

export const IMPERSONATION_DEFAULTS: Impersonation = {
  enabled: false,
  userMode: "passthrough",
  groupsMode: "map",
  userMap: [],
  groupMap: [],
  dexGroupMap: [],
};
