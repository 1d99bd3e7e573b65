"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { draftKey, draftToStore, type StoredFile } from "@/lib/drafts/stored-draft";
import type { ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { loadTargetModule } from "@/lib/targets/load-module";

/** Saving waits for a pause in typing, so a keystroke never pays for serialising the form. */
const SAVE_DELAY_MS = 500;

/** An imported file whose stored form is still being made: nothing is saved until it is. */
const PENDING = "pending";

/**
 * The imported file as a draft keeps it: emptied of its secrets once per file, not per keystroke,
 * by code that loads with the first file (an import has loaded it already).
 */
function useStoredFile(
  target: TargetId,
  imported?: ImportedValues,
  stillMissing?: readonly string[],
): StoredFile | typeof PENDING | undefined {
  const [stored, setStored] = useState<{ of: ImportedValues; file: StoredFile }>();
  useEffect(() => {
    if (!imported) return;
    let isCurrent = true;
    void Promise.all([import("@/lib/drafts/draft"), loadTargetModule(target)]).then(
      ([drafts, module]) => {
        if (isCurrent) {
          setStored({ of: imported, file: drafts.storedFileOf(module, imported, stillMissing) });
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [target, imported, stillMissing]);
  if (!imported) return undefined;
  return stored?.of === imported ? stored.file : PENDING;
}

/** What autosave needs of the form: to hear of each change, and to read the values then. */
type WatchedForm = Pick<UseFormReturn<TargetConfig>, "subscribe" | "getValues">;

/**
 * Saves the form as a draft in this browser's local storage a moment after each change, with
 * every secret emptied first, and the imported file with its secrets emptied too (`stillMissing`:
 * those of a file a draft brought back, still listed). Storage that is
 * full or blocked only means no draft. Tells whether the imported file was too large to keep.
 * It subscribes to the form rather than watching it, so a keystroke re-renders no component.
 */
export function useDraftAutosave(
  target: TargetId,
  form: WatchedForm,
  imported?: ImportedValues,
  stillMissing?: readonly string[],
): { isFileTooLarge: boolean } {
  const file = useStoredFile(target, imported, stillMissing);
  const [isFileTooLarge, setIsFileTooLarge] = useState(false);
  const { subscribe, getValues } = form;
  useEffect(() => {
    let timer: number | undefined;
    const save = () => {
      // The draft stored before keeps the file until the one with the new file can be made.
      if (file === PENDING) return;
      const draft = draftToStore(getValues(), new Date(), file);
      setIsFileTooLarge(file !== undefined && !draft.isFileKept);
      if (draft.text === undefined) return;
      try {
        window.localStorage.setItem(draftKey(target), draft.text);
      } catch {
        // Quota exceeded or storage disabled: the form works the same without a draft.
      }
    };
    const saveAfterPause = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_DELAY_MS);
    };
    // Saved once as it starts (and when the file changes), then after each pause in changes.
    saveAfterPause();
    const unsubscribe = subscribe({ formState: { values: true }, callback: saveAfterPause });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [subscribe, getValues, target, file]);
  return { isFileTooLarge };
}

/** The stored draft of `target`, or null when there is none or storage is blocked. */
export function readStoredDraft(target: TargetId): string | null {
  try {
    return window.localStorage.getItem(draftKey(target));
  } catch {
    return null;
  }
}

export function forgetStoredDraft(target: TargetId): void {
  try {
    window.localStorage.removeItem(draftKey(target));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
