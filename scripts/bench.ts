// `npm run bench`: speed budgets, measured (never asserted in timed tests). Prints one JSON report
// and exits non-zero when a median breaks its budget. Runs with the react-server condition, as
// Easel's server code does, so its server-only modules load.
import { performance } from "node:perf_hooks";

import { gkeModule } from "@/lib/targets/gke/module";
import { targetModule } from "@/lib/targets/modules";
import { TARGET_IDS } from "@/lib/targets/registry";
import { renderPreview, renderValuesFile } from "@/lib/targets/render";
import { validConfig } from "@/lib/test-support/target-config";
import { validGkeConfig } from "@/lib/test-support/gke-config";

import { compareApplyWithKubectl } from "./bench/apply-bench";

type Measurement = {
  name: string;
  medianMs: number;
  p95Ms: number;
  budgetMs: number;
  runs: number;
  withinBudget: boolean;
};

const WARMUP_RUNS = 50;
const RUNS = 500;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function measure(name: string, budgetMs: number, work: () => unknown): Measurement {
  for (let run = 0; run < WARMUP_RUNS; run++) work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const medianMs = percentile(samples, 0.5);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    name,
    medianMs: round(medianMs),
    p95Ms: round(percentile(samples, 0.95)),
    budgetMs,
    runs: RUNS,
    withinBudget: medianMs <= budgetMs,
  };
}

const config = validGkeConfig();
const generatedAt = new Date();
const results = [
  measure("gke values.yaml render", 5, () => renderValuesFile(gkeModule, config, generatedAt)),
  ...TARGET_IDS.map((id) => {
    const target = targetModule(id);
    const targetConfig = validConfig(id);
    return measure(`${id} preview render (masked)`, 5, () =>
      renderPreview(target, targetConfig, { revealSecrets: false }),
    );
  }),
];

async function main(): Promise<number> {
  const apply = await compareApplyWithKubectl();
  console.log(JSON.stringify({ node: process.version, results, apply }, null, 2));
  const breaches = [...results, apply].filter((result) => !result.withinBudget);
  if (breaches.length === 0) return 0;
  console.error(`Over budget: ${breaches.map((result) => result.name).join(", ")}`);
  return 1;
}

void main().then((code) => {
  process.exitCode = code;
});
