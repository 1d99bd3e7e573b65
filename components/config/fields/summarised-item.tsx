"use client";

import { useState, type ReactNode } from "react";
import { get, useFormState } from "react-hook-form";

import type { ConfigPath } from "@/components/hooks/config-path";

import { useListLength } from "./list-length";

export type SummarisedItemProps = {
  /** The item's path, under which its errors are found. */
  base: ConfigPath;
  itemName: string;
  /** One line saying what the item is, shown open or not. */
  summary: ReactNode;
  /** Whether the item's fields have work to finish (a password to hash): they mount to do it. */
  isBusy?: boolean;
  /** The item's buttons (Move, Remove) under its open fields. */
  actions: ReactNode;
  /** The buttons a folded item keeps on its line (Remove): moving waits for it to be opened. */
  foldedActions: ReactNode;
  /** The item's fields, mounted only while it is open. */
  children: ReactNode;
};

/**
 * An item of a long list: its summary and an Edit button, its fields mounted once opened. It opens
 * by itself when it was just added, holds an error or has work to finish, and stays open while
 * an error is in it, so no error is ever folded out of sight.
 */
export function SummarisedItem({
  base,
  itemName,
  summary,
  isBusy = false,
  actions,
  foldedActions,
  children,
}: SummarisedItemProps) {
  const { isAdding } = useListLength();
  const { errors } = useFormState({ name: base });
  const hasError = get(errors, base) !== undefined;
  const isHeld = hasError || isBusy;
  const [isOpen, setIsOpen] = useState(isAdding);
  // Opened for good: fixing the error must not fold the fields being typed in.
  if (isHeld && !isOpen) setIsOpen(true);
  return (
    <>
      <div className="list-item-summary">
        <p className="list-item-summary-text">{summary}</p>
        {isHeld && isOpen ? null : (
          <button
            type="button"
            className="button-secondary"
            aria-expanded={isOpen}
            // How a link to one of the folded fields (a preview line) finds the item to open.
            data-opens-item={isOpen ? undefined : base}
            onClick={() => setIsOpen(!isOpen)}
          >
            {isOpen ? `Fold ${itemName}` : `Edit ${itemName}`}
          </button>
        )}
        {isOpen ? null : foldedActions}
      </div>
      {isOpen ? (
        <>
          {children}
          {actions}
        </>
      ) : null}
    </>
  );
}
