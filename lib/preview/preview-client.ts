import type { LineIndex } from "@/lib/field-lines/line-index";
import type { TargetId } from "@/lib/targets/catalog";
import { latestOnlyWorker, sentOnce } from "@/lib/workers/latest-only-worker";

import type { PreviewedImport, PreviewInput } from "./preview-text";
import type { PreviewRequest } from "./protocol";

export { SupersededError as SupersededPreviewError } from "@/lib/workers/latest-only-worker";

/**
 * The preview's text, whether the configuration it was rendered from passes the schema, and for
 * values.yaml where each of its keys is written.
 */
export type PreviewResult = { text: string; isValid: boolean; lines?: LineIndex };

/**
 * What to preview, and whether to check the configuration against its schema: not while the form
 * is untouched (see `answerPreview`).
 */
export type PreviewJob = { targetId: TargetId; input: PreviewInput; check: boolean };

/** The imported file (or none) as the worker is to keep it. */
const importedToSend = sentOnce<PreviewedImport | null>();

const render = latestOnlyWorker<PreviewJob, PreviewResult>({
  // Named so the browser's tools (and the e2e test) tell it from the hashing worker.
  start: () =>
    new Worker(new URL("./preview.worker.ts", import.meta.url), {
      type: "module",
      name: "values-preview",
    }),
  message: ({ targetId, check, input: { imported, ...input } }, id) => {
    // The imported file is large and changes rarely: sent when it changed, kept by the worker.
    const request: PreviewRequest = {
      id,
      targetId,
      check,
      input,
      imported: importedToSend(imported ?? null),
    };
    return { message: request };
  },
  // On the main thread, as before workers, where the page cannot run one: loaded only there.
  inPlace: async (job) => (await import("./answer-preview")).answerPreview(job),
});

/**
 * Renders the preview of `input` in a Web Worker, so no keystroke waits for it: the latest
 * request only, as `latestOnlyWorker` says (a replaced one rejects with `SupersededPreviewError`).
 */
export function renderPreviewOffThread(job: PreviewJob): Promise<PreviewResult> {
  return render(job);
}
