// Vitest: one test registry for the whole run, holding every stand-in chart, stopped at the end.
// Each run has its own folder (several runs may share a checkout); folders of runs that ended
// without stopping theirs are cleared first.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

import { chartRegistryAt, publishStandInCharts } from "../../test/support/stand-in-charts";
import { ensureHelmBinaries } from "../helm/helm-binaries";
import { startRegistry, stopRegistry } from "./test-registry";

const RUNS_DIR = path.resolve(__dirname, "..", "..", ".easel", "vitest-registry");

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function clearEndedRuns(): Promise<void> {
  let runs: string[] = [];
  try {
    runs = readdirSync(RUNS_DIR);
  } catch {
    return;
  }
  for (const run of runs) {
    if (!isRunning(Number(run))) await stopRegistry(path.join(RUNS_DIR, run));
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await clearEndedRuns();
  const dir = path.join(RUNS_DIR, String(process.pid));
  const registry = await startRegistry(dir);
  try {
    ensureHelmBinaries();
    publishStandInCharts(registry.url);
  } catch (error) {
    await stopRegistry(dir);
    throw error;
  }
  project.provide("chartRegistry", chartRegistryAt(registry.url));
  return () => stopRegistry(dir);
}
