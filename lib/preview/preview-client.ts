import type { LineIndex } from "@/lib/field-lines/line-index";
import type { TargetModule } from "@/lib/targets/target-module";
import { latestOnlyWorker, sentOnce } from "@/lib/workers/latest-only-worker";

import { previewText, type PreviewedImport, type PreviewInput } from "./preview-text";
import type { PreviewRequest } from "./protocol";

export { SupersededError as SupersededPreviewError } from "@/lib/workers/latest-only-worker";

/**
 * The preview's text, whether the configuration it was rendered from passes the schema, and for
 * values.yaml where each of its keys is written (none for a text rendered in place at first).
 */
export type PreviewResult = { text: string; isValid: boolean; lines?: LineIndex };

type Job = { target: TargetModule; input: PreviewInput };

/** The imported file (or none) as the worker is to keep it. */
const importedToSend = sentOnce<PreviewedImport | null>();

/** On the main thread, as before workers: where the page cannot run one. */
async function renderInPlace({ target, input }: Job): Promise<PreviewResult> {
  const text = previewText(target, input);
  const { success } = await target.schema.safeParseAsync(input.config);
  const { indexLines } = await import("@/lib/field-lines/document-lines");
  return {
    text,
    isValid: success,
    lines: input.shown === "values.yaml" ? indexLines(text) : undefined,
  };
}

const render = latestOnlyWorker<Job, PreviewResult>({
  // Named so the browser's tools (and the e2e test) tell it from the hashing worker.
  start: () =>
    new Worker(new URL("./preview.worker.ts", import.meta.url), {
      type: "module",
      name: "values-preview",
    }),
  message: ({ target, input: { imported, ...input } }, id) => {
    // The imported file is large and changes rarely: sent when it changed, kept by the worker.
    const request: PreviewRequest = {
      id,
      targetId: target.id,
      input,
      imported: importedToSend(imported ?? null),
    };
    return { message: request };
  },
  inPlace: renderInPlace,
});

/**
 * Renders the preview of `input` in a Web Worker, so no keystroke waits for it: the latest
 * request only, as `latestOnlyWorker` says (a replaced one rejects with `SupersededPreviewError`).
 */
export function renderPreviewOffThread(
  target: TargetModule,
  input: PreviewInput,
): Promise<PreviewResult> {
  return render({ target, input });
}
