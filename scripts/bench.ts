// `npm run bench`: speed budgets, measured (never asserted in timed tests). Prints one JSON report
// and exits non-zero when a figure breaks its budget. Runs with the react-server condition, as
// Easel's server code does, so its server-only modules load.
//
// `npm run bench -- --only=render,import` runs some suites alone, for iterating without the hub.
// What the selected suites need (Chromium, a free port, kubectl) is checked before any runs; on any
// failure or Ctrl-C, everything the bench started is stopped and it exits non-zero at once.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

import { cleanUpOnSignals, runCleanups } from "./bench/cleanup";
import { rounded, type Figure } from "./bench/figure";
import { benchPortProblem, chromiumProblem, commandProblem } from "./bench/preflight";

type Suite = {
  name: string;
  run: () => Figure[] | Promise<Figure[]>;
  /** What the machine lacks for this suite, each said as what to do; none when it can run. */
  problems?: () => Promise<(string | undefined)[]>;
};

/**
 * In report order. The CPU-bound suites run first, before anything starts other processes. Each
 * loads its code only when it runs, so the checks answer within seconds.
 */
const SUITES: readonly Suite[] = [
  { name: "preview", run: async () => (await import("./bench/preview-bench")).measurePreviews() },
  { name: "render", run: async () => (await import("./bench/render-bench")).measureRenders() },
  { name: "import", run: async () => (await import("./bench/import-bench")).measureImport() },
  {
    name: "first-load",
    run: async () => (await import("./bench/first-load-js")).measureFirstLoadJs(),
    problems: async () => [chromiumProblem(), await benchPortProblem()],
  },
  {
    name: "usable",
    run: async () => (await import("./bench/usable-time")).measureUsableTime(),
    problems: async () => [chromiumProblem(), await benchPortProblem()],
  },
  {
    name: "typing",
    run: async () => (await import("./bench/typing-bench")).measureTyping(),
    problems: async () => [chromiumProblem(), await benchPortProblem()],
  },
  {
    name: "apply",
    run: async () => (await import("./bench/apply-bench")).compareApplyWithKubectl(),
    problems: async () => [
      commandProblem("kubectl", "install Debian's kubectl (apt-get install kubectl)"),
    ],
  },
  {
    name: "helm",
    run: async () => (await import("./bench/helm-bench")).compareHelmInstallWithShell(),
    problems: async () => [
      commandProblem(
        "docker-registry",
        "install Debian's docker-registry (apt-get install docker-registry)",
      ),
    ],
  },
];

/** Thrown when the machine cannot run a selected suite: said without a stack trace. */
class BenchUnavailable extends Error {}

async function checkPrerequisites(suites: readonly Suite[]): Promise<void> {
  const lines: string[] = [];
  for (const suite of suites) {
    for (const problem of (await suite.problems?.()) ?? []) {
      if (problem !== undefined) lines.push(`- ${suite.name}: ${problem}`);
    }
  }
  if (lines.length > 0)
    throw new BenchUnavailable(`The bench cannot run; nothing was started:\n${lines.join("\n")}`);
}

function selectedSuites(args: readonly string[]): readonly Suite[] {
  const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (only === undefined) return SUITES;
  const names = only.split(",");
  const unknown = names.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    const known = SUITES.map((suite) => suite.name).join(", ");
    throw new BenchUnavailable(
      `Unknown bench suite ${unknown.join(", ")}; the suites are ${known}.`,
    );
  }
  return SUITES.filter((suite) => names.includes(suite.name));
}

async function main(): Promise<number> {
  const suites = selectedSuites(process.argv.slice(2));
  await checkPrerequisites(suites);
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

cleanUpOnSignals();
// Exits explicitly once cleaned up: a handle left open by a failed suite must not keep it running.
void main()
  .catch((error: unknown) => {
    console.error(error instanceof BenchUnavailable ? error.message : error);
    return 1;
  })
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  });
