"use client";

import { useId } from "react";

import type { HelmReleaseName, HelmRevision } from "@/lib/hub/helm-release";
import { useModalDialog } from "@/components/hooks/use-modal-dialog";

export type RollbackConfirmProps = {
  release: HelmReleaseName;
  /** The revision to go back to. */
  target: HelmRevision;
  isBusy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a rollback, which replaces the release's objects with an older revision's. A native
 * modal dialog: focus moves into it and back to the button that opened it, Escape cancels.
 */
export function RollbackConfirm({
  release,
  target,
  isBusy,
  onConfirm,
  onCancel,
}: RollbackConfirmProps) {
  const id = useId();
  const { answer, dialogProps } = useModalDialog((isConfirmed) =>
    isConfirmed ? onConfirm() : onCancel(),
  );

  return (
    <dialog
      {...dialogProps}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
    >
      <h2 id={`${id}-title`}>
        Roll back {release} to revision {target.revision}?
      </h2>
      <p id={`${id}-what`}>
        Helm writes a new revision of {release} with revision {target.revision}&apos;s chart (
        {target.chart}) and values, and waits for it. The objects that revision rendered replace the
        current ones; Easel&apos;s own Secrets stay as they are.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={() => answer(false)}>
          Cancel
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={isBusy}
          onClick={() => answer(true)}
        >
          Roll back to revision {target.revision}
        </button>
      </div>
    </dialog>
  );
}
