import "server-only";

import { HELM_STATUSES, type HelmStatus, type ReleaseOutcome } from "@/lib/hub/helm-release";

import { HelmFailure } from "./helm-failure";

/** A status Helm prints, or "unknown" for a word this Easel does not know. */
export function helmStatusOf(value: unknown): HelmStatus {
  return HELM_STATUSES.find((status) => status === value) ?? "unknown";
}

/**
 * An ISO 8601 time of Helm's: `history` prints RFC 3339 with nanoseconds, `list` Go's
 * `2006-01-02 15:04:05.999999999 -0700 MST`; both become `2026-12-01T21:00:00.123Z`.
 */
export function isoTimeOf(value: unknown): string {
  if (typeof value !== "string") return "";
  const go = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(\.\d+)? ([+-]\d\d)(\d\d)/.exec(value);
  const text = go
    ? `${go[1]}T${go[2]}${(go[3] ?? "").slice(0, 4)}${go[4]}:${go[5]}`
    : value.replace(/(\.\d{3})\d+/, "$1");
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

/** Helm's JSON output; what does not parse is a failure, never a guess. */
export function parseHelmJson(text: string, doing: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HelmFailure(`Helm could not ${doing}: it printed something other than JSON.`, {
      code: "failed",
    });
  }
}

type ReleaseJson = { version?: unknown; info?: { status?: unknown; notes?: unknown } };

/**
 * A release's outcome from Helm's release JSON (`upgrade -o json`, `status -o json`), reading only
 * revision, status and notes: the JSON also holds the values and the manifest, which stay here.
 */
export function releaseOutcomeOf(
  text: string,
  o: { doing: string; mask: (text: string) => string },
): ReleaseOutcome {
  const release = parseHelmJson(text, o.doing) as ReleaseJson;
  const notes = typeof release.info?.notes === "string" ? release.info.notes : "";
  return {
    revision: typeof release.version === "number" ? release.version : 0,
    status: helmStatusOf(release.info?.status),
    notes: o.mask(notes),
  };
}
