// What the form needs of the install section, apart from its schema (`./install.ts`): a target's page
// loads these with the form, and zod only at the first check.

import { CHART_REPOSITORY, CHART_VERSIONS, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { isMapping } from "@/lib/tree/tree";

import type { InstallSection } from "./install";

/**
 * How long Helm waits for a release before it gives up (and rolls back): Helm's own default is
 * five minutes, too short for PaletteAI's first install; two hours is longer than any install
 * should take.
 */
export const HELM_TIMEOUT_MINUTES = { min: 1, max: 120, default: 10 } as const;

/**
 * The spokes' Secrets go where the chart installs its FleetConfig, which reads them: an inference,
 * since the guide leaves the namespace open.
 */
export const INFERRED_SPOKE_SECRET_NAMESPACE = RELEASE_NAMESPACE;

export function newInstallSection(): InstallSection {
  return {
    chartRegistry: CHART_REPOSITORY,
    chartPlainHttp: false,
    crdsVersion: CHART_VERSIONS.muralCrds,
    muralVersion: CHART_VERSIONS.mural,
    helmTimeoutMinutes: HELM_TIMEOUT_MINUTES.default,
    spokeSecretNamespace: INFERRED_SPOKE_SECRET_NAMESPACE,
  };
}

/**
 * Gives a stored configuration (a draft saved before the chart source and Helm's timeout were
 * settings) the defaults for them, which are what it installed from then; settings it has, and
 * anything not shaped as a configuration, are left as they are.
 */
export function withChartSourceDefaults(config: unknown): void {
  if (!isMapping(config) || !isMapping(config.install)) return;
  const { install } = config;
  const defaults = newInstallSection();
  if (install.chartRegistry === undefined) install.chartRegistry = defaults.chartRegistry;
  if (install.chartPlainHttp === undefined) install.chartPlainHttp = defaults.chartPlainHttp;
  // A timeout emptied in the form is stored as null (JSON has no NaN): it comes back as the default.
  if (install.helmTimeoutMinutes === undefined || install.helmTimeoutMinutes === null) {
    install.helmTimeoutMinutes = defaults.helmTimeoutMinutes;
  }
}
