"use client";

import { useEffect } from "react";
import { useWatch, type Control } from "react-hook-form";

import { DRAFT_MAX_CHARS, draftKey, serializeDraft } from "@/lib/drafts/draft";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/registry";

/** Saving waits for a pause in typing, so a keystroke never pays for serialising the form. */
const SAVE_DELAY_MS = 500;

/**
 * Saves the form as a draft in this browser's local storage a moment after each change, with
 * every secret emptied first. Storage that is full or blocked only means no draft.
 */
export function useDraftAutosave(target: TargetId, control: Control<TargetConfig>): void {
  const config = useWatch({ control });
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const draft = serializeDraft(config, new Date());
      if (draft.length > DRAFT_MAX_CHARS) return;
      try {
        window.localStorage.setItem(draftKey(target), draft);
      } catch {
        // Quota exceeded or storage disabled: the form works the same without a draft.
      }
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [config, target]);
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
