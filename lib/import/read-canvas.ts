import type { TreePath } from "@/lib/paths/tree-path";
import type { Branding } from "@/lib/schemas/sections/branding";
import { type Impersonation, type MapEntry } from "@/lib/schemas/sections/impersonation";
import {
  IMPERSONATION_GROUPS_MODES,
  IMPERSONATION_USER_MODES,
  MAP_NAMES,
} from "@/lib/schemas/sections/impersonation-model";
import { isMapping } from "@/lib/tree/tree";

import type { ValuesReader } from "./values-reader";

const PROXY: TreePath = ["canvas", "impersonationProxy"];

function oneOf<T extends string>(options: readonly T[], value: string | undefined): T | undefined {
  return options.find((option) => option === value);
}

/** A mapping's entries as text pairs; `dexGroupMap` lists become comma-separated groups. */
function readEntries(values: ValuesReader, path: TreePath): MapEntry[] | undefined {
  const map = values.mapping(path);
  if (map === undefined) return undefined;
  return Object.entries(map).flatMap(([key, value]) => {
    if (typeof value === "string") return [{ key, value }];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
      return [{ key, value: value.join(", ") }];
    }
    values.skip(
      [...path, key],
      "Easel expected text or a list of groups here; the form leaves this entry out.",
    );
    return [];
  });
}

function readImpersonation(values: ValuesReader, impersonation: Impersonation): void {
  if (!isMapping(values.at(PROXY))) return;
  impersonation.enabled = values.flag([...PROXY, "enabled"]) ?? impersonation.enabled;
  impersonation.userMode =
    oneOf(IMPERSONATION_USER_MODES, values.text([...PROXY, "userMode"])) ?? impersonation.userMode;
  impersonation.groupsMode =
    oneOf(IMPERSONATION_GROUPS_MODES, values.text([...PROXY, "groupsMode"])) ??
    impersonation.groupsMode;
  for (const map of MAP_NAMES) {
    impersonation[map] = readEntries(values, [...PROXY, map]) ?? impersonation[map];
  }
}

/** Canvas' own settings every target leaves to the admin: logos and impersonation. */
export function readCanvasCustomisation(
  values: ValuesReader,
  canvas: { branding: Branding; impersonation: Impersonation },
): void {
  for (const logo of ["primaryLogo", "secondaryLogo"] as const) {
    canvas.branding[logo] = values.text(["canvas", "branding", logo]) ?? canvas.branding[logo];
  }
  readImpersonation(values, canvas.impersonation);
}

/** Canvas' session secret, which signs its login sessions. */
export function readSessionSecret(values: ValuesReader, canvas: { sessionSecret: string }): void {
  canvas.sessionSecret = values.text(["canvas", "oidc", "sessionSecret"]) ?? canvas.sessionSecret;
}
