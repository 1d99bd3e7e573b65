import "server-only";

import type { HelmReleaseName, ReleaseOutcome } from "@/lib/hub/helm-release";

import { releaseOutcomeOf } from "./helm-json";
import {
  chartRef,
  deadlineFor,
  READ_DEADLINE_MS,
  runInSession,
  sessionMask,
  sourceArgs,
  type HelmSession,
} from "./helm-session";

/**
 * `--wait` as each major means it: a switch in Helm 3; in Helm 4 a strategy whose default is
 * `hookOnly` (no wait for the release's objects), so Easel names `watcher`, the one that waits.
 */
function waitArgs(session: HelmSession): string[] {
  return session.helm.major === 4 ? ["--wait=watcher"] : ["--wait"];
}

/** Roll back on failure: `--atomic` in Helm 3, renamed `--rollback-on-failure` in Helm 4. */
function rollbackOnFailureArgs(session: HelmSession): string[] {
  return session.helm.major === 4 ? ["--rollback-on-failure"] : ["--atomic"];
}

/**
 * Installs `release` at `version`, or upgrades it, and waits for it (`timeoutMinutes`); values on
 * standard input. On failure Helm rolls back, and the HelmFailure says whether it did.
 */
export async function upgradeInstall(
  session: HelmSession,
  o: { release: HelmReleaseName; version: string; valuesText?: string; timeoutMinutes: number },
): Promise<ReleaseOutcome> {
  const doing = `install or upgrade ${o.release}`;
  const output = await runInSession(
    session,
    [
      "upgrade",
      "--install",
      o.release,
      chartRef(session.source, o.release),
      "--version",
      o.version,
      "--create-namespace",
      // Easel's values are the whole of the admin's values: without this, an upgrade given no
      // values (or empty ones) would silently keep the last release's.
      "--reset-values",
      ...waitArgs(session),
      ...rollbackOnFailureArgs(session),
      "--timeout",
      `${o.timeoutMinutes}m`,
      "--output",
      "json",
      ...(o.valuesText === undefined ? [] : ["--values", "-"]),
      ...sourceArgs(session.source),
    ],
    { stdin: o.valuesText, deadlineMs: deadlineFor(o.timeoutMinutes), doing, release: o.release },
  );
  return releaseOutcomeOf(output, { doing, mask: sessionMask(session) });
}

/** Rolls `release` back to `revision` and waits for it; the outcome is the new revision's. */
export async function rollbackRelease(
  session: HelmSession,
  release: HelmReleaseName,
  revision: number,
  timeoutMinutes: number,
): Promise<ReleaseOutcome> {
  const doing = `roll ${release} back to revision ${revision}`;
  await runInSession(
    session,
    [
      "rollback",
      release,
      String(revision),
      ...waitArgs(session),
      "--timeout",
      `${timeoutMinutes}m`,
    ],
    { deadlineMs: deadlineFor(timeoutMinutes), doing, release },
  );
  // `helm rollback` prints no JSON: the release's status says which revision it wrote.
  const status = await runInSession(session, ["status", release, "--output", "json"], {
    deadlineMs: READ_DEADLINE_MS,
    doing: `read ${release}'s status`,
    release,
  });
  return releaseOutcomeOf(status, { doing, mask: sessionMask(session) });
}
