import type { InstallSection } from "@/lib/schemas/sections/install";

import type { ChartSource } from "./helm-release";

/** Where the Install section says both charts come from: `<registry>/mural-crds`, `<registry>/mural`. */
export function chartSourceOf(install: InstallSection): ChartSource {
  return { registry: install.chartRegistry, isPlainHttp: install.chartPlainHttp };
}
