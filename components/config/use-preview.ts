"use client";

import { startTransition, useEffect, useRef, useState } from "react";

import { renderUntouchedPreviewAction } from "@/lib/actions/render-untouched-preview";
import {
  renderPreviewOffThread,
  SupersededPreviewError,
  type PreviewJob,
  type PreviewResult,
} from "@/lib/preview/preview-client";
import type { PreviewInput } from "@/lib/preview/preview-text";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { previewConfig } from "@/lib/targets/preview-config";

/**
 * Whether the server renders the preview of `job`: values.yaml of a form nobody has used yet,
 * secrets hidden. That is every page's first preview, which then needs no YAML code and no
 * worker; they load once the admin starts using the form.
 */
function isRenderedOnServer({ input, check }: PreviewJob): boolean {
  return !check && input.shown === "values.yaml" && !input.revealSecrets && !input.imported;
}

/** The server's preview of `job`, sent only what the preview shows: no secret, no hash. */
async function renderOnServer({ targetId, input }: PreviewJob): Promise<PreviewResult> {
  const answer = await renderUntouchedPreviewAction({
    targetId,
    config: previewConfig(input.config, { revealSecrets: false }),
  });
  if (!answer) throw new Error("The server did not render the preview.");
  const { text, structure, ranges } = answer;
  return { text, isValid: false, lines: { structure, ranges: Int32Array.from(ranges) } };
}

/** The preview of `job`, from the server where it can render it, else from the worker. */
function render(job: PreviewJob): Promise<PreviewResult> {
  if (!isRenderedOnServer(job)) return renderPreviewOffThread(job);
  // Offline, or a server that cannot render it: the page renders it itself.
  return renderOnServer(job).catch(() => renderPreviewOffThread(job));
}

/**
 * The preview of `input`, rendered off the main thread: the last rendered text while a newer one
 * is under way. An answer older than the one shown (a slow server's after the worker's) is
 * dropped, so the text shown is never older than one shown before.
 */
export function usePreview(
  targetId: TargetId,
  input: PreviewInput,
  check: boolean,
): PreviewResult & { isCurrent: boolean } {
  // Empty until the first answer. Each result keeps the configuration it was rendered from, so
  // the page knows whether it is the latest.
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
  const asked = useRef(0);
  const shownAnswer = useRef(0);
  const { shown, config, revealSecrets, imported } = input;
  useEffect(() => {
    const request = ++asked.current;
    render({ targetId, check, input: { shown, config, revealSecrets, imported } }).then(
      (rendered) => {
        if (!isMounted.current || request < shownAnswer.current) return;
        shownAnswer.current = request;
        // Interruptible: a keystroke arriving while a large text is shown goes first.
        startTransition(() => setResult({ ...rendered, config }));
      },
      (error: unknown) => {
        if (!(error instanceof SupersededPreviewError)) console.error(error);
      },
    );
  }, [targetId, check, shown, config, revealSecrets, imported]);
  return { ...result, isCurrent: result.config === config };
}
