import "server-only";

import { HelmFailure } from "@/lib/helm/helm-failure";
import type { HelmSession } from "@/lib/helm/helm-session";
import { upgradeInstall } from "@/lib/helm/release-commands";
import type {
  HelmOperation,
  HelmReleaseName,
  HelmReleaseState,
  HelmStep,
  RenderedRef,
} from "@/lib/hub/helm-release";
import { describeRef } from "@/lib/hub/object-ref";
import type { ApplyEntry } from "@/lib/hub/results";
import { endHelmOperation, updateHelmStep } from "@/lib/server/helm-operations";

import { applyOnHub, type ApplyOptions } from "./apply-on-hub";
import type { HubConnection } from "./client";
import { deferredAccessRefusal } from "./deferred-access";
import { UNFINISHED_ON_HUB } from "./hub-refusal";
import type { ObjectsToApply } from "./objects-to-apply";

/** One release as the run installs it; `unchanged` when it needs no Helm run (its state now). */
export type PreparedRelease = {
  release: HelmReleaseName;
  version: string;
  valuesText?: string;
  unchanged?: HelmReleaseState;
  /** Objects of a kind the hub did not serve when checked: asked once the releases before added it. */
  unchecked: RenderedRef[];
};

/** Everything the background run needs, decided and checked before it starts. */
export type PreparedInstall = {
  connection: HubConnection;
  session: HelmSession;
  built: ObjectsToApply;
  apply: Pick<ApplyOptions, "adopt" | "takeOver" | "planned" | "onApplied">;
  releases: PreparedRelease[];
  timeoutMinutes: number;
};

/** Said of a step stopped because the hub went away: the admin runs it again once it is back. */
const RERUN = "Run the install again once the hub answers: it picks up where this one stopped.";

function isGone(entry: ApplyEntry): boolean {
  return entry.error?.code === "unreachable" || entry.error?.code === "timeout";
}

/** Why the Secrets step failed, from apply's entries; undefined when every object went in. */
function secretsProblem(entries: readonly ApplyEntry[]): string | undefined {
  const failed = entries.filter(
    (entry) => entry.outcome === "failed" || entry.outcome === "skipped",
  );
  if (failed.length === 0) return undefined;
  if (failed.some(isGone)) {
    const reason = failed.find(isGone)?.error?.message ?? "";
    return `The hub is unreachable: ${reason} ${RERUN}`;
  }
  return failed
    .map((entry) => `${describeRef(entry.ref)}: ${entry.error?.message ?? "failed"}`)
    .join(" ");
}

/** A release's failure as its step says it: Helm's masked reason, "unreachable" when it is. */
function failedStep(release: HelmReleaseName, error: unknown): Omit<HelmStep, "name"> {
  if (!(error instanceof HelmFailure)) {
    return { state: "failed", error: `${release}: ${UNFINISHED_ON_HUB}`, isRolledBack: false };
  }
  const gone = error.code === "unreachable" || error.code === "timeout";
  const message =
    gone && !/unreachable/i.test(error.message)
      ? `The hub is unreachable: ${error.message} ${RERUN}`
      : error.message;
  // Helm's sentence already says when it rolled the release back.
  return { state: "failed", error: message, isRolledBack: error.isRolledBack };
}

/**
 * The install's steps in order, recorded in `operation` as they go: Easel's Secrets (server-side
 * apply, as the plan reviewed them), then each release with `helm upgrade --install` at its
 * configured version, Helm waiting for it and rolling it back on failure. The first failure stops
 * the run; the steps after it are skipped. Every step converges when run again.
 */
export async function runHelmInstall(
  prepared: PreparedInstall,
  operation: HelmOperation,
): Promise<void> {
  try {
    updateHelmStep(operation, "secrets", { state: "running" });
    const entries = await applyOnHub(prepared.connection, prepared.built.plan, prepared.apply);
    const problem = secretsProblem(entries);
    if (problem) {
      updateHelmStep(operation, "secrets", { state: "failed", error: problem });
      return;
    }
    updateHelmStep(operation, "secrets", { state: "done" });
    for (const { release, version, valuesText, unchanged, unchecked } of prepared.releases) {
      if (unchanged) {
        const outcome = { revision: unchanged.revision, status: unchanged.status, notes: "" };
        updateHelmStep(operation, release, { state: "done", outcome, isUnchanged: true });
        continue;
      }
      updateHelmStep(operation, release, { state: "running" });
      const refusal = await deferredAccessRefusal(prepared.connection, release, unchecked);
      if (refusal) {
        updateHelmStep(operation, release, {
          state: "failed",
          error: refusal,
          isRolledBack: false,
        });
        return;
      }
      try {
        const outcome = await upgradeInstall(prepared.session, {
          release,
          version,
          ...(valuesText === undefined ? {} : { valuesText }),
          timeoutMinutes: prepared.timeoutMinutes,
        });
        updateHelmStep(operation, release, { state: "done", outcome });
      } catch (error) {
        updateHelmStep(operation, release, failedStep(release, error));
        return;
      }
    }
  } catch {
    // Apply itself failed unexpectedly: its error may quote a secret, so only the safe sentence.
    const running = operation.steps.find((step) => step.state === "running");
    if (running)
      updateHelmStep(operation, running.name, { state: "failed", error: UNFINISHED_ON_HUB });
  } finally {
    endHelmOperation(operation);
  }
}

/** One rollback, recorded as the operation's one step. */
export async function runHelmRollback(
  operation: HelmOperation,
  release: HelmReleaseName,
  rollback: () => Promise<HelmStep["outcome"]>,
): Promise<void> {
  try {
    updateHelmStep(operation, release, { state: "running" });
    const outcome = await rollback();
    updateHelmStep(operation, release, { state: "done", ...(outcome ? { outcome } : {}) });
  } catch (error) {
    updateHelmStep(operation, release, failedStep(release, error));
  } finally {
    endHelmOperation(operation);
  }
}
