import { performance } from "node:perf_hooks";

import { rounded, type Figure } from "./figure";

export type Runs = { warmup: number; timed: number };

/** Enough runs for a stable median of sub-millisecond work, at well under a second each. */
export const FAST_RUNS: Runs = { warmup: 30, timed: 300 };

/** The value at `fraction` of `sorted`, the nearest sample below it: no interpolation. */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** The median of unsorted samples. */
export function median(samples: readonly number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Times `work` `runs.timed` times after `runs.warmup` untimed runs, so the JIT has compiled it and
 * the figure is the steady cost a user sees on the second render, not the first.
 */
export function measure(
  name: string,
  budgetMs: number,
  work: () => unknown,
  runs: Runs = FAST_RUNS,
): Figure {
  for (let run = 0; run < runs.warmup; run++) work();
  const samples: number[] = [];
  for (let run = 0; run < runs.timed; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const medianMs = percentile(samples, 0.5);
  return {
    name,
    unit: "ms",
    median: rounded(medianMs),
    p95: rounded(percentile(samples, 0.95)),
    budget: budgetMs,
    runs: runs.timed,
    withinBudget: medianMs <= budgetMs,
  };
}
