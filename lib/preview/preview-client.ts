import type { LineIndex } from "@/lib/field-lines/line-index";
import type { TargetModule } from "@/lib/targets/target-module";

import { previewText, type PreviewedImport, type PreviewInput } from "./preview-text";
import type { PreviewRequest, PreviewResponse } from "./protocol";

/**
 * The preview's text, whether the configuration it was rendered from passes the schema, and for
 * values.yaml where each of its keys is written (none for a text rendered in place at first).
 */
export type PreviewResult = { text: string; isValid: boolean; lines?: LineIndex };

/** Thrown to a caller whose request a newer one replaced before it ran. */
export class SupersededPreviewError extends Error {
  constructor() {
    super("superseded by a newer preview");
  }
}

type Job = {
  target: TargetModule;
  input: PreviewInput;
  resolve: (result: PreviewResult) => void;
  reject: (error: Error) => void;
};

let worker: Worker | undefined;
/** Set once a worker could not start or take a message: the page renders in place from then on. */
let isWorkerUnusable = typeof Worker === "undefined";
let running: (Job & { id: number }) | undefined;
let waiting: Job | undefined;
/** The imported file the worker holds; `null` until one was sent. */
let sentImported: PreviewedImport | undefined | null = null;
let nextId = 1;

/** On the main thread, as before workers: where the page cannot run one. */
async function renderInPlace(target: TargetModule, input: PreviewInput): Promise<PreviewResult> {
  const text = previewText(target, input);
  const { success } = await target.schema.safeParseAsync(input.config);
  const { indexLines } = await import("@/lib/field-lines/document-lines");
  return {
    text,
    isValid: success,
    lines: input.shown === "values.yaml" ? indexLines(text) : undefined,
  };
}

function startWorker(): Worker {
  // Named so the browser's tools (and the e2e test) tell it from the hashing worker.
  const created = new Worker(new URL("./preview.worker.ts", import.meta.url), {
    type: "module",
    name: "values-preview",
  });
  created.onmessage = ({ data }: MessageEvent<PreviewResponse>) => {
    const job = running;
    running = undefined;
    if (job && job.id === data.id) {
      if ("text" in data)
        job.resolve({ text: data.text, isValid: data.isValid, lines: data.lines });
      else job.reject(new Error(data.error));
    }
    runNext();
  };
  created.onerror = () => {
    // The worker's script did not load: render what was asked, and everything after, in place.
    isWorkerUnusable = true;
    const job = running;
    running = undefined;
    if (job) renderInPlace(job.target, job.input).then(job.resolve, job.reject);
    runNext();
  };
  return created;
}

function send(job: Job & { id: number }): void {
  worker ??= startWorker();
  const { imported, ...input } = job.input;
  const request: PreviewRequest = {
    id: job.id,
    targetId: job.target.id,
    input,
    imported: imported === sentImported ? "unchanged" : (imported ?? null),
  };
  worker.postMessage(request);
  sentImported = imported;
}

function runNext(): void {
  if (running || !waiting) return;
  const job = waiting;
  waiting = undefined;
  if (isWorkerUnusable) {
    renderInPlace(job.target, job.input).then(job.resolve, job.reject);
    return;
  }
  running = { ...job, id: nextId++ };
  try {
    send(running);
  } catch {
    // A value the worker cannot be sent (structured clone refused it): render in place.
    isWorkerUnusable = true;
    running = undefined;
    renderInPlace(job.target, job.input).then(job.resolve, job.reject);
  }
}

/**
 * Renders the preview of `input` in a Web Worker, so no keystroke waits for it. One render runs at
 * a time; a newer request replaces the one still waiting (which rejects with
 * `SupersededPreviewError`), so fast typing renders the latest form, never a queue of stale ones.
 */
export function renderPreviewOffThread(
  target: TargetModule,
  input: PreviewInput,
): Promise<PreviewResult> {
  return new Promise((resolve, reject) => {
    waiting?.reject(new SupersededPreviewError());
    waiting = { target, input, resolve, reject };
    runNext();
  });
}
