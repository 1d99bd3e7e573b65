// `npm run registry:up` / `npm run registry:down`: the real test registry, for the tests and for
// trying Easel's Helm installs by hand: it holds the tests' stand-in charts.
import { chartRegistryAt, publishStandInCharts } from "../../test/support/stand-in-charts";
import { ensureHelmBinaries } from "../helm/helm-binaries";
import { runUpDownCommand } from "../up-down-command";
import { DEFAULT_REGISTRY_DIR, startRegistry, stopRegistry } from "./test-registry";

runUpDownCommand("registry.ts", {
  up: async () => {
    const registry = await startRegistry(DEFAULT_REGISTRY_DIR);
    ensureHelmBinaries();
    publishStandInCharts(registry.url);
    console.log(`Test registry ready at ${registry.url} (plain HTTP, loopback only)`);
    console.log(`  stand-in charts: ${chartRegistryAt(registry.url).repository} (Plain HTTP on)`);
  },
  down: async () => {
    await stopRegistry(DEFAULT_REGISTRY_DIR);
    console.log("Test registry stopped.");
  },
});
