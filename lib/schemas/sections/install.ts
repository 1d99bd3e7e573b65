import { z } from "zod";

import { CHART_VERSIONS, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { textSchema } from "@/lib/schemas/fields";
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
 * How the files are installed: the chart versions `install.sh` pins (the GKE guide's pair by
 * default), and the hub namespace of the spokes' kubeconfig Secrets, which the guide leaves as
 * `<SPOKE_NAMESPACE>`.
 */
export const installSectionSchema = z.object({
  crdsVersion: chartVersionSchema("mural-crds"),
  muralVersion: chartVersionSchema("mural"),
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
    crdsVersion: CHART_VERSIONS.muralCrds,
    muralVersion: CHART_VERSIONS.mural,
    spokeSecretNamespace: INFERRED_SPOKE_SECRET_NAMESPACE,
  };
}
