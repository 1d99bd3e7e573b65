import { diffLines } from "diff";
import { stringify } from "yaml";

import type { DiffLine, ObjectDiff, SecretKeyChange } from "./results";

type DataMap = Record<string, string> | undefined;

/**
 * Which keys of a Secret applying adds, changes, removes or leaves: compared by their encoded
 * values, and never carrying one.
 */
export function secretKeyChanges(live: DataMap, next: DataMap): SecretKeyChange[] {
  const before = live ?? {};
  const after = next ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.map((key) => {
    if (!(key in before)) return { key, change: "added" };
    if (!(key in after)) return { key, change: "removed" };
    return { key, change: before[key] === after[key] ? "unchanged" : "changed" };
  });
}

type Comparable = {
  metadata?: {
    name?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: unknown;
};

/** What of an object the admin sets: labels, annotations and spec, not what the server keeps. */
function settable(object: Comparable | undefined): string {
  if (!object) return "";
  const { labels, annotations } = object.metadata ?? {};
  const shown = {
    ...(labels || annotations ? { metadata: { labels, annotations } } : {}),
    ...(object.spec === undefined ? {} : { spec: object.spec }),
  };
  return Object.keys(shown).length === 0 ? "" : stringify(shown, { sortMapEntries: true });
}

function linesOf(text: string): string[] {
  return text === "" ? [] : text.replace(/\n$/, "").split("\n");
}

/** A line diff of what the admin sets on an object (no Secret: those go through secretKeyChanges). */
export function settableLinesDiff(live: Comparable | undefined, next: Comparable): DiffLine[] {
  return diffLines(settable(live), settable(next)).flatMap((part) =>
    linesOf(part.value).map((text): DiffLine => ({
      op: part.added ? "add" : part.removed ? "remove" : "same",
      text,
    })),
  );
}

/** The diff of one object, from its live state (if any) to what the server says it will be. */
export function objectDiff(
  kind: string,
  live: (Comparable & { data?: DataMap }) | undefined,
  next: Comparable & { data?: DataMap },
): ObjectDiff {
  if (kind === "Secret")
    return { kind: "secret-keys", keys: secretKeyChanges(live?.data, next.data) };
  return { kind: "lines", lines: settableLinesDiff(live, next) };
}

/**
 * Whether applying left an object as it was: what Easel sets (labels, annotations, spec, type and
 * data) compared, not the bookkeeping (some hubs bump a resource version for a no-op apply).
 */
export function isSameState(
  before: (Comparable & { data?: DataMap; type?: string }) | undefined,
  after: Comparable & { data?: DataMap; type?: string },
): boolean {
  const state = (object: typeof after) =>
    stringify(
      { settable: settable(object), type: object.type ?? null, data: object.data ?? {} },
      { sortMapEntries: true },
    );
  return before !== undefined && state(before) === state(after);
}
