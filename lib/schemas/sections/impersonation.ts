import { z } from "zod";

import { textSchema } from "@/lib/schemas/fields";
import { isEmail } from "@/lib/validation/email";

import {
  IMPERSONATION_GROUPS_MODES,
  IMPERSONATION_USER_MODES,
  MAP_NAMES,
  splitGroups,
  type MapName,
} from "./impersonation-model";
import { checkUnique } from "./unique";

/** One entry of a mapping. For `dexGroupMap` the value is a comma-separated list of groups. */
export const mapEntrySchema = z.object({ key: textSchema, value: textSchema });
export type MapEntry = z.infer<typeof mapEntrySchema>;

function checkEntries(entries: readonly MapEntry[], map: MapName, ctx: z.RefinementCtx): void {
  entries.forEach((entry, index) => {
    const at = (field: keyof MapEntry) => [map, index, field];
    if (entry.key.trim() === "")
      ctx.addIssue({ code: "custom", path: at("key"), message: "Enter what to map from." });
    if (map === "dexGroupMap" && entry.key !== "" && !isEmail(entry.key)) {
      ctx.addIssue({ code: "custom", path: at("key"), message: "Enter a local user's email." });
    }
    const isEmpty =
      map === "dexGroupMap" ? splitGroups(entry.value).length === 0 : entry.value.trim() === "";
    if (isEmpty)
      ctx.addIssue({ code: "custom", path: at("value"), message: "Enter what to map to." });
    for (const field of ["key", "value"] as const) {
      if (/[\r\n]/.test(entry[field]))
        ctx.addIssue({ code: "custom", path: at(field), message: "Use a single line." });
    }
  });
  checkUnique(
    entries,
    (entry) => entry.key,
    ctx,
    (index) => [map, index, "key"],
    (key) => `${key} is mapped twice.`,
  );
}

/**
 * `canvas.impersonationProxy`: needed when the hub's API server does not trust Dex. Canvas then
 * calls it as its service account, impersonating the signed-in user and their mapped groups.
 */
export const impersonationSchema = z
  .object({
    enabled: z.boolean(),
    userMode: z.enum(IMPERSONATION_USER_MODES),
    groupsMode: z.enum(IMPERSONATION_GROUPS_MODES),
    userMap: z.array(mapEntrySchema),
    groupMap: z.array(mapEntrySchema),
    dexGroupMap: z.array(mapEntrySchema),
  })
  .superRefine((impersonation, ctx) => {
    if (!impersonation.enabled) return;
    for (const map of MAP_NAMES) checkEntries(impersonation[map], map, ctx);
  });

export type Impersonation = z.infer<typeof impersonationSchema>;
