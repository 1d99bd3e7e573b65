"use client";

import { useEffect, useRef, useState } from "react";

import {
  renderPreviewOffThread,
  SupersededPreviewError,
  type PreviewResult,
} from "@/lib/preview/preview-client";
import type { PreviewInput } from "@/lib/preview/preview-text";
import type { TargetModule } from "@/lib/targets/target-module";

/** Until the first render answers: nothing shown, and nothing downloadable said to be ready. */
const NOT_YET: PreviewResult = { text: "", isValid: false };

/**
 * The preview of `input`, rendered off the main thread: the last rendered text while a newer one
 * is under way. Renders answer in the order they were asked, so a late answer is never older
 * than the one shown.
 */
export function usePreview(target: TargetModule, input: PreviewInput): PreviewResult {
  const [result, setResult] = useState(NOT_YET);
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
        if (isMounted.current) setResult(rendered);
      },
      (error: unknown) => {
        if (!(error instanceof SupersededPreviewError)) console.error(error);
      },
    );
  }, [target, shown, config, revealSecrets, imported]);
  return result;
}
