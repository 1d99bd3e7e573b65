import { z } from "zod";

import { CHART_VERSIONS } from "@/lib/chart/constants";
import { textSchema } from "@/lib/schemas/fields";
import { chartRegistryProblem } from "@/lib/validation/chart-registry";
import { writableNamespaceProblem } from "@/lib/validation/reserved-namespaces";

import { HELM_TIMEOUT_MINUTES } from "./install-model";

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
