"use client";

import { useEffect, useMemo, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { draftKey, draftToStore, storedFileOf, type StoredFile } from "@/lib/drafts/draft";
import type { ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";

/** Saving waits for a pause in typing, so a keystroke never pays for serialising the form. */
const SAVE_DELAY_MS = 500;

/** The imported file as a draft keeps it: emptied of its secrets once per file, not per keystroke. */
function useStoredFile(
  target: TargetId,
  imported?: ImportedValues,
  stillMissing?: readonly string[],
): StoredFile | undefined {
  return useMemo(
    () => imported && storedFileOf(targetModule(target), imported, stillMissing),
    [target, imported, stillMissing],
  );
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
