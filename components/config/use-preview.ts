"use client";

import { startTransition, useEffect, useRef, useState } from "react";

import {
  renderPreviewOffThread,
  SupersededPreviewError,
  type PreviewResult,
} from "@/lib/preview/preview-client";
import type { PreviewInput } from "@/lib/preview/preview-text";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";

/**
 * The preview of `input`, rendered off the main thread: the last rendered text while a newer one
 * is under way. Renders answer in the order they were asked, so a late answer is never older
 * than the one shown.
 */
export function usePreview(
  targetId: TargetId,
  input: PreviewInput,
  check: boolean,
): PreviewResult & { isCurrent: boolean } {
  // Empty until the worker's first answer: the page loads no YAML code of its own. Each result
  // keeps the configuration it was rendered from, so the page knows whether it is the latest.
  const [result, setResult] = useState<PreviewResult & { config?: TargetConfig }>(() => ({
    text: "",
    isValid: false,
  }));
  // Cleared only when the preview goes away: an answer to an older request is still the newest
  // shown while typing goes on faster than the worker renders.
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  const { shown, config, revealSecrets, imported } = input;
  useEffect(() => {
    const job = { targetId, check, input: { shown, config, revealSecrets, imported } };
    renderPreviewOffThread(job).then(
      (rendered) => {
        // Interruptible: a keystroke arriving while a large text is shown goes first.
        if (isMounted.current) startTransition(() => setResult({ ...rendered, config }));
      },
      (error: unknown) => {
        if (!(error instanceof SupersededPreviewError)) console.error(error);
      },
    );
  }, [targetId, check, shown, config, revealSecrets, imported]);
  return { ...result, isCurrent: result.config === config };
}
