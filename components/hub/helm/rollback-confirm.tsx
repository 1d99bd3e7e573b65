"use client";

import { useId, useRef } from "react";

import type { HelmReleaseName, HelmRevision } from "@/lib/hub/helm-release";

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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<Element | null>(null);
  const isAnsweredRef = useRef(false);

  // Opened from a ref callback: showModal needs the element in the document, and only once.
  const attach = (dialog: HTMLDialogElement | null) => {
    dialogRef.current = dialog;
    if (!dialog || dialog.open) return;
    returnFocusRef.current = document.activeElement;
    isAnsweredRef.current = false;
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>("button")?.focus();
  };

  function answer(isConfirmed: boolean) {
    if (isAnsweredRef.current) return;
    isAnsweredRef.current = true;
    const returnFocus = returnFocusRef.current;
    dialogRef.current?.close();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    if (isConfirmed) onConfirm();
    else onCancel();
  }

  return (
    <dialog
      ref={attach}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      onCancel={(event) => {
        event.preventDefault();
        answer(false);
      }}
      // The browser may close it without a cancel event (Escape pressed twice): that is a no.
      onClose={() => answer(false)}
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
