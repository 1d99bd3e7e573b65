import { z } from "zod";

import { CHART_REPOSITORY, CHART_VERSIONS, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { textSchema } from "@/lib/schemas/fields";
import { isMapping } from "@/lib/tree/tree";
import { chartRegistryProblem } from "@/lib/validation/chart-registry";
import { writableNamespaceProblem } from "@/lib/validation/reserved-namespaces";

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

function chartVersionSchema(chart: string) {
  return textSchema.superRefine((value, ctx) => {
    if (!SEMVER.test(value)) {
      ctx.addIssue({
        code: "custom",
        message: `Enter the ${chart} chart version, such as ${chart === "mural" ? CHART_VERSIONS.mural : CHART_VERSIONS.muralCrds} (no leading v).`,
      });
    }
  });
}

/**
 * How long Helm waits for a release before it gives up (and rolls back): Helm's own default is
 * five minutes, too short for PaletteAI's first install; two hours is longer than any install
 * should take.
 */
export const HELM_TIMEOUT_MINUTES = { min: 1, max: 120, default: 10 } as const;

const TIMEOUT_MESSAGE = `Enter the minutes Helm waits for each release, a whole number from ${HELM_TIMEOUT_MINUTES.min} to ${HELM_TIMEOUT_MINUTES.max}.`;

/**
 * How the files are installed: where both charts come from (the GKE guide's registry unless a
 * mirror serves them, over plain HTTP if it has no TLS), the chart versions `install.sh` pins (the
 * GKE guide's pair by default), how long Helm waits for each release, and the hub namespace of the
 * spokes' kubeconfig Secrets, which the guide leaves as `<SPOKE_NAMESPACE>`. Registry credentials
 * are not part of it: they are never stored.
 */
export const installSectionSchema = z.object({
  chartRegistry: textSchema.superRefine((value, ctx) => {
    const problem = chartRegistryProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  chartPlainHttp: z.boolean(),
  crdsVersion: chartVersionSchema("mural-crds"),
  muralVersion: chartVersionSchema("mural"),
  helmTimeoutMinutes: z
    .number({ error: TIMEOUT_MESSAGE })
    .int({ error: TIMEOUT_MESSAGE })
    .min(HELM_TIMEOUT_MINUTES.min, { error: TIMEOUT_MESSAGE })
    .max(HELM_TIMEOUT_MINUTES.max, { error: TIMEOUT_MESSAGE }),
  spokeSecretNamespace: textSchema.superRefine((value, ctx) => {
    const problem = writableNamespaceProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

export type InstallSection = z.infer<typeof installSectionSchema>;

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
