// The run's test registry, started once by scripts/test-registry/global-setup.ts with every
// stand-in chart pushed, for any test that installs charts.
import { inject } from "vitest";

import type { ChartRegistry } from "./stand-in-charts";

declare module "vitest" {
  export interface ProvidedContext {
    chartRegistry: ChartRegistry;
  }
}

/** The registry the run's global setup started (inside a test file only). */
export function chartRegistry(): ChartRegistry {
  return inject("chartRegistry");
}
