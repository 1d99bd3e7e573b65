"use client";

import { startTransition, useEffect, useRef, useState } from "react";

import {
  renderPreviewOffThread,
  SupersededPreviewError,
  type PreviewResult,
} from "@/lib/preview/preview-client";
import { previewText, type PreviewInput } from "@/lib/preview/preview-text";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetModule } from "@/lib/targets/target-module";

/** The first preview, rendered in place; empty if it cannot be, as the worker's would be. */
function firstText(target: TargetModule, input: PreviewInput): string {
  try {
    return previewText(target, input);
  } catch {
    return "";
  }
}

/**
 * The preview of `input`, rendered off the main thread: the last rendered text while a newer one
 * is under way. Renders answer in the order they were asked, so a late answer is never older
 * than the one shown.
 */
export function usePreview(
  target: TargetModule,
  input: PreviewInput,
): PreviewResult & { isCurrent: boolean } {
  // The first text is rendered in place, once, so the preview is never empty while the worker
  // starts; nothing is said to be downloadable until the worker's full check answers. Each result
  // keeps the configuration it was rendered from, so the page knows whether it is the latest.
  const [result, setResult] = useState<PreviewResult & { config?: TargetConfig }>(() => ({
    text: firstText(target, input),
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
    renderPreviewOffThread(target, { shown, config, revealSecrets, imported }).then(
      (rendered) => {
        // Interruptible: a keystroke arriving while a large text is shown goes first.
        if (isMounted.current) startTransition(() => setResult({ ...rendered, config }));
      },
      (error: unknown) => {
        if (!(error instanceof SupersededPreviewError)) console.error(error);
      },
    );
  }, [target, shown, config, revealSecrets, imported]);
  return { ...result, isCurrent: result.config === config };
}
