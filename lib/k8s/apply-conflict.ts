import "server-only";

import { ApiException } from "@kubernetes/client-node";

import type { FieldConflict } from "@/lib/hub/results";

type ConflictStatus = {
  reason?: string;
  details?: { causes?: { reason?: string; message?: string; field?: string }[] };
};

function statusOf(body: unknown): ConflictStatus {
  if (typeof body === "object" && body) return body as ConflictStatus;
  if (typeof body !== "string") return {};
  try {
    return JSON.parse(body) as ConflictStatus;
  } catch {
    return {};
  }
}

/**
 * The managers and fields of a server-side apply's field conflict (a 409 whose causes are
 * `FieldManagerConflict`), or undefined for any other failure, such as a stale resource version
 * (also a 409, without those causes). Only the managers' names and the field paths are taken from
 * the causes: never a value.
 */
export function applyConflictOf(error: unknown): FieldConflict | undefined {
  if (!(error instanceof ApiException) || error.code !== 409) return undefined;
  const causes = (statusOf(error.body).details?.causes ?? []).filter(
    (cause) => cause.reason === "FieldManagerConflict",
  );
  if (causes.length === 0) return undefined;
  const managers = causes
    .map((cause) => /^conflict with "([^"]*)"/.exec(cause.message ?? "")?.[1])
    .filter((manager): manager is string => Boolean(manager));
  const fields = causes.map((cause) => cause.field).filter((field): field is string => !!field);
  return { managers: [...new Set(managers)].sort(), fields: [...new Set(fields)].sort() };
}

/** A field conflict as the admin reads it, with the way out. */
export function conflictMessage(what: string, conflict: FieldConflict): string {
  return `Other managers own fields of ${what} that Easel would change: ${conflict.managers.join(", ")} (${conflict.fields.join(", ")}). Easel does not force them; take them over in the plan to apply it.`;
}
