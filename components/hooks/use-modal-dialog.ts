"use client";

import { useRef, type SyntheticEvent } from "react";

/**
 * A native modal `<dialog>` that asks one question: spread `dialogProps` on it and call `answer`
 * from its buttons. It opens as it mounts, with focus on its first button; answering closes it,
 * returns focus to what had it before, and tells `onAnswer` once. Escape, or the browser closing
 * it any other way, is a no.
 */
export function useModalDialog(onAnswer: (isYes: boolean) => void) {
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

  function answer(isYes: boolean) {
    if (isAnsweredRef.current) return;
    isAnsweredRef.current = true;
    const returnFocus = returnFocusRef.current;
    dialogRef.current?.close();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    onAnswer(isYes);
  }

  return {
    answer,
    dialogProps: {
      ref: attach,
      onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
        event.preventDefault();
        answer(false);
      },
      // The browser may close it without a cancel event (Escape pressed twice): that is a no.
      onClose: () => answer(false),
    },
  };
}
