// The run's test registry, started once by scripts/test-registry/global-setup.ts with every
// stand-in chart pushed, for any test that installs charts.
import { inject } from "vitest";

export type ChartRegistry = {
  /** `http://127.0.0.1:<port>`: plain HTTP, no credentials. */
  url: string;
  /** `127.0.0.1:<port>`. */
  host: string;
  /** `oci://127.0.0.1:<port>/mural`, the repository the stand-in charts are in. */
  repository: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    chartRegistry: ChartRegistry;
  }
}

/** The registry the run's global setup started (inside a test file only). */
export function chartRegistry(): ChartRegistry {
  return inject("chartRegistry");
}
