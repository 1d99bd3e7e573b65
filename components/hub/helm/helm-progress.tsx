"use client";

import { useId } from "react";

import type { HelmOperation, HelmStep, HelmStepState } from "@/lib/hub/helm-release";

import { shownDate } from "./shown-date";

export type HelmProgressProps = { operation: HelmOperation };

const STEP_NAMES: Record<HelmStep["name"], string> = {
  secrets: "Easel's Secrets and values Secret",
  "mural-crds": "mural-crds",
  mural: "mural",
};

const STATE_TEXT: Record<HelmStepState, string> = {
  waiting: "waiting",
  running: "running…",
  done: "done",
  failed: "failed",
  skipped: "skipped",
};

const TITLES: Record<HelmOperation["kind"], string> = {
  install: "Install with Helm",
  upgrade: "Upgrade with Helm",
  rollback: "Roll back with Helm",
};

function operationSentence(operation: HelmOperation): string {
  if (operation.state === "running") return "Running: Helm waits for each release to be ready.";
  if (operation.state === "succeeded") return "Done: every step succeeded.";
  const failed = operation.steps.find((step) => step.state === "failed");
  return failed
    ? `Failed at ${STEP_NAMES[failed.name]}; the steps after it did not run.`
    : "Failed.";
}

/** `reason` with a full stop, unless it ends a sentence already (Helm's reasons often do). */
function asSentence(reason: string): string {
  return /[.!?]$/.test(reason) ? reason : `${reason}.`;
}

function StepFailure({ step }: { step: HelmStep }) {
  const name = STEP_NAMES[step.name];
  if (step.name === "secrets") {
    return (
      <p className="hub-bad">
        Easel could not apply its Secrets: {asSentence(step.error ?? "no reason given")} Helm did
        not run.
      </p>
    );
  }
  return (
    <>
      <p className="hub-bad">
        The release {name} failed: {asSentence(step.error ?? "Helm gave no reason")}
      </p>
      {/* A rollback that ran is said by Helm's reason itself, as precisely as Helm said it. */}
      {step.isRolledBack ? null : (
        <p>
          The rollback did not run: {name} is as Helm left it. Its history shows its state and the
          way back.
        </p>
      )}
    </>
  );
}

function StepResult({ step }: { step: HelmStep }) {
  if (step.state === "failed") return <StepFailure step={step} />;
  if (step.state !== "done" || !step.outcome) return null;
  const { revision, status, notes } = step.outcome;
  return (
    <>
      <p>
        Revision {revision}, <span className="helm-status">{status}</span>
        {step.isUnchanged
          ? ": already deployed at this chart with the same values, so Helm was not run. An edit made on the hub outside Helm since (kubectl edit, say) stays as it is."
          : "."}
      </p>
      {notes.trim() === "" ? null : (
        <details className="helm-notes">
          <summary>Helm&apos;s notes for {STEP_NAMES[step.name]}</summary>
          <pre className="hub-diff" aria-label={`Notes of ${STEP_NAMES[step.name]}`} tabIndex={0}>
            {notes}
          </pre>
        </details>
      )}
    </>
  );
}

/**
 * When it started and ended: the latest operation is shown to whoever opens the page later,
 * maybe after the releases changed by other hands.
 */
function OperationTimes({ operation: { startedAt, endedAt } }: HelmProgressProps) {
  return (
    <p>
      Started <time dateTime={startedAt}>{shownDate(startedAt)}</time>
      {endedAt ? (
        <>
          , ended <time dateTime={endedAt}>{shownDate(endedAt)}</time>
        </>
      ) : null}
      .
    </p>
  );
}

/**
 * A Helm operation as it runs: each step with its state, announced as it changes; each release's
 * revision, status and notes once done; a failure with its release, Helm's reason and whether
 * Helm rolled the release back.
 */
export function HelmProgress({ operation }: HelmProgressProps) {
  const titleId = useId();
  return (
    <section className="hub-block" aria-labelledby={titleId}>
      <h4 id={titleId}>{TITLES[operation.kind]}</h4>
      <p className={operation.state === "failed" ? "hub-bad" : undefined}>
        {operationSentence(operation)}
      </p>
      <OperationTimes operation={operation} />
      <ol className="helm-steps" aria-live="polite" aria-label="Steps">
        {operation.steps.map((step) => (
          <li key={step.name} className={`helm-step helm-step-${step.state}`}>
            <span className="helm-step-name">{STEP_NAMES[step.name]}</span>:{" "}
            <span className="helm-step-state">{STATE_TEXT[step.state]}</span>
            <StepResult step={step} />
          </li>
        ))}
      </ol>
    </section>
  );
}
