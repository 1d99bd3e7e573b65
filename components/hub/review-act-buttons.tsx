"use client";

import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm } from "@/components/hooks/config-form";

import { LoadFromClusterButton, type LoadFromCluster } from "./load-from-cluster";

/** One of the two steps: its label, the label while it runs, and what it does with checked values. */
export type ReviewActStep = {
  label: string;
  pendingLabel: string;
  isPending: boolean;
  onChecked: (checked: TargetConfig) => void;
};

export type ReviewActButtonsProps = {
  /** The dry step: a plan, or a Helm preview. */
  review: ReviewActStep;
  /** The step that writes to the hub, offered only for a current review (`canAct`). */
  act: ReviewActStep;
  canAct: boolean;
  /** Something runs on the hub: nothing else may start. */
  isBusy: boolean;
  /** Another configuration's values are on the hub: its warning offers loading them instead. */
  isOtherOnHub: boolean;
  load: LoadFromCluster;
};

/**
 * The hub panel's review-then-act buttons, shared by both of its paths; each step runs on the
 * form's values once the form checks them.
 */
export function ReviewActButtons({
  review,
  act,
  canAct,
  isBusy,
  isOtherOnHub,
  load,
}: ReviewActButtonsProps) {
  const form = useConfigForm();
  return (
    <div className="hub-actions">
      <button
        type="button"
        className="button-secondary"
        disabled={isBusy || isOtherOnHub}
        onClick={form.handleSubmit(review.onChecked)}
      >
        {review.isPending ? review.pendingLabel : review.label}
      </button>
      <button
        type="button"
        className="button-primary"
        disabled={isBusy || !canAct}
        onClick={form.handleSubmit(act.onChecked)}
      >
        {act.isPending ? act.pendingLabel : act.label}
      </button>
      {isOtherOnHub ? null : <LoadFromClusterButton load={load} />}
    </div>
  );
}
