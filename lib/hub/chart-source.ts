import { CHART_REPOSITORY } from "@/lib/chart/constants";
import type { InstallSection } from "@/lib/schemas/sections/install";

import type { ChartSource } from "./helm-release";

/** Helm's wait when the Install section sets none: the default. */
export const DEFAULT_HELM_TIMEOUT_MINUTES = 10;

/** The Install section with its Helm settings, each optional: older configurations lack them. */
type HelmInstallSettings = InstallSection & {
  chartRegistry?: string;
  chartPlainHttp?: boolean;
  helmTimeoutMinutes?: number;
};

/** Where the Install section says both charts come from (the guide's registry by default). */
export function chartSourceOf(install: HelmInstallSettings): ChartSource {
  return {
    registry: install.chartRegistry ?? CHART_REPOSITORY,
    isPlainHttp: install.chartPlainHttp ?? false,
  };
}

/** How long the Install section lets Helm wait for a release. */
export function helmTimeoutOf(install: HelmInstallSettings): number {
  return install.helmTimeoutMinutes ?? DEFAULT_HELM_TIMEOUT_MINUTES;
}
