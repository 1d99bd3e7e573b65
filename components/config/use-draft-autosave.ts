"use client";

import { useEffect, useMemo, useState } from "react";
import type { Control } from "react-hook-form";

import { draftKey, draftToStore, storedFileOf, type StoredFile } from "@/lib/drafts/draft";
import type { ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { useConfigWatch } from "@/components/hooks/config-form";

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

/**
 * Saves the form as a draft in this browser's local storage a moment after each change, with
 * every secret emptied first, and the imported file with its secrets emptied too (`stillMissing`:
 * those of a file a draft brought back, still listed). Storage that is
 * full or blocked only means no draft. Tells whether the imported file was too large to keep.
 */
export function useDraftAutosave(
  target: TargetId,
  control: Control<TargetConfig>,
  imported?: ImportedValues,
  stillMissing?: readonly string[],
): { isFileTooLarge: boolean } {
  const config = useConfigWatch(control);
  const file = useStoredFile(target, imported, stillMissing);
  const [isFileTooLarge, setIsFileTooLarge] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const draft = draftToStore(config, new Date(), file);
      setIsFileTooLarge(file !== undefined && !draft.isFileKept);
      if (draft.text === undefined) return;
      try {
        window.localStorage.setItem(draftKey(target), draft.text);
      } catch {
        // Quota exceeded or storage disabled: the form works the same without a draft.
      }
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [config, target, file]);
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
