// A fresh test hub and chart registry for the browser tests: whatever an earlier, interrupted run
// left is removed. The registry holds every stand-in chart; its address goes to a file the tests read.
import { writeFileSync } from "node:fs";

import { ensureHelmBinaries } from "../scripts/helm/helm-binaries";
import { startHub, stopHub } from "../scripts/test-hub/test-hub";
import { startRegistry, stopRegistry } from "../scripts/test-registry/test-registry";
import { chartRegistryAt, publishStandInCharts } from "../test/support/stand-in-charts";
import { E2E_REGISTRY_DIR, E2E_REGISTRY_FILE } from "./fixtures/chart-registry";
import { E2E_HUB_DIR } from "./fixtures/test-hub";

async function startChartRegistry(): Promise<void> {
  await stopRegistry(E2E_REGISTRY_DIR);
  const registry = await startRegistry(E2E_REGISTRY_DIR);
  ensureHelmBinaries();
  publishStandInCharts(registry.url);
  writeFileSync(E2E_REGISTRY_FILE, `${JSON.stringify(chartRegistryAt(registry.url))}\n`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  await stopHub(E2E_HUB_DIR);
  await startHub(E2E_HUB_DIR);
  try {
    await startChartRegistry();
  } catch (error) {
    await stopRegistry(E2E_REGISTRY_DIR);
    await stopHub(E2E_HUB_DIR);
    throw error;
  }
  return async () => {
    await stopRegistry(E2E_REGISTRY_DIR);
    await stopHub(E2E_HUB_DIR);
  };
}
