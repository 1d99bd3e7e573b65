import { z } from "zod";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import { baseUrlSchema, textSchema } from "@/lib/schemas/fields";
import {
  dnsLabelProblem,
  dnsSubdomainProblem,
  secretKeyProblem,
} from "@/lib/validation/kubernetes-names";

import { checkUnique } from "./unique";

export const HUB_API_SERVER_RULE = {
  schemes: ["https"],
  example: "https://34.118.0.10:443",
} as const;

/**
 * One spoke cluster. Only `hub-as-spoke` (the hub itself) reads its kubeconfig in-cluster; every
 * other spoke reads it from a Secret on the hub. An empty `secretName` means
 * `spoke-kubeconfig-<name>`, the guide's naming.
 */
export const spokeSchema = z
  .object({
    name: textSchema,
    forceInternalEndpointLookup: z.boolean(),
    kubeconfig: z.object({ secretName: textSchema, secretKey: textSchema, context: textSchema }),
    /** The uploaded kubeconfig, kept in memory for the spoke's Secret; empty when none was. */
    kubeconfigFile: textSchema,
  })
  .superRefine((spoke, ctx) => {
    const nameProblem = dnsLabelProblem(spoke.name, "spoke name");
    if (nameProblem) ctx.addIssue({ code: "custom", path: ["name"], message: nameProblem });
    if (isHubAsSpoke(spoke)) return;
    const { secretName, secretKey, context } = spoke.kubeconfig;
    const secretProblem =
      secretName === "" ? undefined : dnsSubdomainProblem(secretName, "Secret name");
    if (secretProblem)
      ctx.addIssue({ code: "custom", path: ["kubeconfig", "secretName"], message: secretProblem });
    const keyProblem = secretKeyProblem(secretKey);
    if (keyProblem)
      ctx.addIssue({ code: "custom", path: ["kubeconfig", "secretKey"], message: keyProblem });
    if (/[\r\n]/.test(context)) {
      ctx.addIssue({
        code: "custom",
        path: ["kubeconfig", "context"],
        message: "Use a single line.",
      });
    }
    if (spoke.kubeconfigFile !== "") {
      const reading = readKubeconfig(spoke.kubeconfigFile, context);
      if ("problem" in reading) {
        // A context the file lacks is fixed at the context menu; a file Easel cannot use, at the file.
        const path = reading.about === "context" ? ["kubeconfig", "context"] : ["kubeconfigFile"];
        ctx.addIssue({ code: "custom", path, message: reading.problem });
      }
    }
  });

export type Spoke = z.infer<typeof spokeSchema>;

/** `fleetConfig.spokes`: at least one spoke, each name once. */
export const spokesSchema = z.array(spokeSchema).superRefine((spokes, ctx) => {
  if (spokes.length === 0) {
    ctx.addIssue({
      code: "custom",
      message: "Add at least one spoke: hub-as-spoke, or a dedicated spoke cluster.",
    });
  }
  checkUnique(
    spokes,
    (spoke) => spoke.name,
    ctx,
    (index) => [index, "name"],
    (name) => `Another spoke is already named ${name}.`,
  );
});

export const fleetSectionSchema = z.object({
  hubApiServer: baseUrlSchema(HUB_API_SERVER_RULE),
  spokes: spokesSchema,
});

export type FleetSection = z.infer<typeof fleetSectionSchema>;

/** Whether this spoke is the hub registering itself, which reads its kubeconfig in-cluster. */
export function isHubAsSpoke(spoke: Pick<Spoke, "name">): boolean {
  return spoke.name === HUB_AS_SPOKE_NAME;
}

/** The Secret on the hub that holds a dedicated spoke's kubeconfig. */
export function spokeSecretName(spoke: Spoke): string {
  return spoke.kubeconfig.secretName || `spoke-kubeconfig-${spoke.name}`;
}

/** A new spoke entry as the form adds it. */
export function newSpoke(name: string): Spoke {
  return {
    name,
    forceInternalEndpointLookup: false,
    kubeconfig: { secretName: "", secretKey: "kubeconfig", context: "" },
    kubeconfigFile: "",
  };
}
