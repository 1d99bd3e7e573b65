import type { ResolverResult } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { latestOnlyWorker } from "@/lib/workers/latest-only-worker";

import type { CheckOptions, CheckRequest } from "./protocol";

export type Check = { targetId: TargetId; values: TargetConfig; options: CheckOptions };

const check = latestOnlyWorker<Check, ResolverResult<TargetConfig>>({
  start: () =>
    new Worker(new URL("./checks.worker.ts", import.meta.url), {
      type: "module",
      name: "form-checks",
    }),
  message: ({ targetId, values, options }, id) => {
    const request: CheckRequest = { id, targetId, values, options };
    return { message: request };
  },
  // The same question asked again while it waits (the next keystroke in a field): answered once,
  // for the newest values, to every caller.
  shareOf: ({ targetId, options }) =>
    JSON.stringify([targetId, options.names ?? null, options.criteriaMode ?? null]),
  inPlace: async ({ targetId, values, options }) =>
    (await import("./check-values")).checkValues(targetId, values, options),
});

/**
 * `values` checked against `targetId`'s schema in a Web Worker, as react-hook-form's resolver
 * reports it. Every caller gets an answer: one asked again before its turn shares the newer one.
 */
export function checkOffThread(job: Check): Promise<ResolverResult<TargetConfig>> {
  return check(job);
}
