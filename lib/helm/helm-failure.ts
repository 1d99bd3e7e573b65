import "server-only";

import type { HelmReleaseName } from "@/lib/hub/helm-release";

/** Why a Helm command failed, as the admin can act on it. */
export type HelmFailureCode =
  /** The hub's user may not do what the command needs (RBAC refused it). */
  | "forbidden"
  /** The hub or the chart registry did not accept the credentials. */
  | "unauthorized"
  /** The hub or the registry could not be reached (refused, no route, I/O timeout, cut off). */
  | "unreachable"
  /** Helm's wait, or Easel's deadline for the command, ran out. */
  | "timeout"
  /** The release, the chart or its version does not exist. */
  | "not-found"
  /** The chart rendered something Helm or the hub rejected. */
  | "invalid"
  /** Anything else: the sentence carries Helm's reason. */
  | "failed";

/** A failed Helm command: `message` is a sentence for the admin, Helm's reason in it masked. */
export class HelmFailure extends Error {
  readonly code: HelmFailureCode;
  readonly release?: HelmReleaseName;
  /** Helm rolled the release back (or uninstalled a first install) after the failure. */
  readonly isRolledBack: boolean;

  constructor(
    message: string,
    o: { code: HelmFailureCode; release?: HelmReleaseName; isRolledBack?: boolean },
  ) {
    super(message);
    this.name = "HelmFailure";
    this.code = o.code;
    this.release = o.release;
    this.isRolledBack = o.isRolledBack ?? false;
  }
}

/** Helm's words for each code, in the order they are tried: the first match wins. */
const PATTERNS: readonly [HelmFailureCode, RegExp][] = [
  ["forbidden", /\bforbidden\b/i],
  // The registry's refusals too: Helm 3 says "no basic auth credentials", Helm 4 "basic credential
  // not found" (before "not found" below).
  [
    "unauthorized",
    /\bunauthorized\b|authentication required|\b401\b|authorization failed|basic (auth )?credentials? not found|no basic auth credentials|access denied/i,
  ],
  // Checked before the network words: a template error may end in "unexpected EOF".
  [
    "invalid",
    /parse error|YAML to JSON|unable to build kubernetes objects|\bis invalid\b|validation failed/i,
  ],
  ["timeout", /context deadline exceeded|timed out/i],
  [
    "unreachable",
    /connection refused|no route to host|i\/o timeout|\bEOF\b|no such host|network is unreachable|cluster unreachable|connection reset/i,
  ],
  ["not-found", /not found|manifest unknown|name unknown/i],
];

/** What the sentence says of each code, before Helm's own reason. */
const SENTENCES: Record<HelmFailureCode, string> = {
  forbidden: "the hub's user is forbidden to do it: grant that user the rights the charts need",
  unauthorized: "the hub or the chart registry did not accept the credentials",
  unreachable: "the hub or the chart registry cannot be reached",
  timeout: "it did not finish in time",
  "not-found": "something it needs was not found",
  invalid: "Helm or the hub rejected what the chart renders",
  failed: "Helm failed",
};

/** Helm's own reason: its `Error:` line, or the last line it printed. */
function reasonOf(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const error = lines.find((line) => line.startsWith("Error:"));
  return (error ?? lines.at(-1) ?? "no reason given").replace(/^Error:\s*/, "");
}

/** The code Helm's stderr says. */
export function failureCodeOf(stderr: string): HelmFailureCode {
  return PATTERNS.find(([, pattern]) => pattern.test(stderr))?.[0] ?? "failed";
}

/**
 * The failure of Helm's `stderr` (already masked) for what Easel was doing (`doing`, such as
 * "install or upgrade mural"). Helm 3's `--atomic` and Helm 4's `--rollback-on-failure` both say
 * "has been rolled back" (upgrade) or "has been uninstalled" (first install) "due to …".
 */
export function helmFailureOf(
  stderr: string,
  o: { doing: string; release?: HelmReleaseName },
): HelmFailure {
  const code = failureCodeOf(stderr);
  const undone = /has been (rolled back|uninstalled) due to/i.exec(stderr)?.[1]?.toLowerCase();
  const isRolledBack = undone !== undefined;
  const release = o.release ?? "the release";
  const rolledBack =
    undone === "uninstalled"
      ? ` Helm rolled it back: this first install of ${release} was removed.`
      : undone
        ? ` Helm rolled ${release} back to where it was.`
        : "";
  return new HelmFailure(
    `Helm could not ${o.doing}: ${SENTENCES[code]} (${reasonOf(stderr)}).${rolledBack}`,
    { code, release: o.release, isRolledBack },
  );
}
