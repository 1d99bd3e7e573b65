// `npm run bench`: speed budgets, measured (never asserted in timed tests). Prints one JSON report
// and exits non-zero when a figure breaks its budget. Runs with the react-server condition, as
// Easel's server code does, so its server-only modules load.
//
// `npm run bench -- --only=render,import` runs some suites alone, for iterating without the hub.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

import { compareApplyWithKubectl } from "./bench/apply-bench";
import { rounded, type Figure } from "./bench/figure";
import { measureFirstLoadJs } from "./bench/first-load-js";
import { measureImport } from "./bench/import-bench";
import { measurePreviews } from "./bench/preview-bench";
import { measureRenders } from "./bench/render-bench";

type Suite = { name: string; run: () => Figure[] | Promise<Figure[]> };

/** In report order. The CPU-bound suites run first, before anything starts other processes. */
const SUITES: readonly Suite[] = [
  { name: "preview", run: measurePreviews },
  { name: "render", run: measureRenders },
  { name: "import", run: measureImport },
  { name: "first-load", run: measureFirstLoadJs },
  { name: "apply", run: compareApplyWithKubectl },
];

function selectedSuites(args: readonly string[]): readonly Suite[] {
  const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (only === undefined) return SUITES;
  const names = only.split(",");
  const unknown = names.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    const known = SUITES.map((suite) => suite.name).join(", ");
    throw new Error(`Unknown bench suite ${unknown.join(", ")}; the suites are ${known}.`);
  }
  return SUITES.filter((suite) => names.includes(suite.name));
}

async function main(): Promise<number> {
  const suites = selectedSuites(process.argv.slice(2));
  const figures: Figure[] = [];
  const suiteSeconds: Record<string, number> = {};
  for (const suite of suites) {
    const start = performance.now();
    figures.push(...(await suite.run()));
    suiteSeconds[suite.name] = Math.round((performance.now() - start) / 100) / 10;
  }
  const report = {
    node: process.version,
    // Medians move with the machine's load: these say how busy it was while they were taken.
    machine: { cpus: cpus().length, loadAverage1m: rounded(loadavg()[0] ?? Number.NaN, 2) },
    suiteSeconds,
    skipped: SUITES.filter((suite) => !suites.includes(suite)).map((suite) => suite.name),
    figures,
  };
  console.log(JSON.stringify(report, null, 2));
  const breaches = figures.filter((figure) => !figure.withinBudget);
  if (breaches.length === 0) return 0;
  console.error(`Over budget: ${breaches.map((figure) => figure.name).join("; ")}`);
  return 1;
}

void main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
