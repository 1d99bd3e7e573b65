// `npm run registry:up` / `npm run registry:down`: the real test registry, for the tests and for
// trying Easel's Helm installs by hand: it holds the tests' stand-in charts.
import { chartRegistryAt, publishStandInCharts } from "../../test/support/stand-in-charts";
import { ensureHelmBinaries } from "../helm/helm-binaries";
import { DEFAULT_REGISTRY_DIR, startRegistry, stopRegistry } from "./test-registry";

async function main(command: string | undefined): Promise<number> {
  if (command === "up") {
    const registry = await startRegistry(DEFAULT_REGISTRY_DIR);
    ensureHelmBinaries();
    publishStandInCharts(registry.url);
    console.log(`Test registry ready at ${registry.url} (plain HTTP, loopback only)`);
    console.log(`  stand-in charts: ${chartRegistryAt(registry.url).repository} (Plain HTTP on)`);
    return 0;
  }
  if (command === "down") {
    await stopRegistry(DEFAULT_REGISTRY_DIR);
    console.log("Test registry stopped.");
    return 0;
  }
  console.error("usage: registry.ts up|down");
  return 2;
}

void main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
