import { z } from "zod";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import { baseUrlSchema, textSchema } from "@/lib/schemas/fields";
import {
  dnsLabelProblem,
  dnsSubdomainProblem,
  secretKeyProblem,
} from "@/lib/validation/kubernetes-names";

import { HUB_API_SERVER_RULE, isHubAsSpoke, SPOKE_KINDS } from "./fleet-model";
import { checkUnique } from "./unique";

/**
 * One spoke cluster, of the kind chosen for it. The hub as a spoke keeps the name the guides give
 * it (`hub-as-spoke`, "do not edit this name"), and no dedicated spoke takes that name, so a
 * rename never changes what a spoke is. An empty `secretName` means `spoke-kubeconfig-<name>`,
 * the guide's naming.
 */
export const spokeSchema = z
  .object({
    kind: z.enum(SPOKE_KINDS),
    name: textSchema,
    forceInternalEndpointLookup: z.boolean(),
    kubeconfig: z.object({ secretName: textSchema, secretKey: textSchema, context: textSchema }),
    /** The uploaded kubeconfig, kept in memory for the spoke's Secret; empty when none was. */
    kubeconfigFile: textSchema,
  })
  .superRefine((spoke, ctx) => {
    const nameProblem = dnsLabelProblem(spoke.name, "spoke name");
    if (nameProblem) ctx.addIssue({ code: "custom", path: ["name"], message: nameProblem });
    const kindProblem = spokeKindProblem(spoke);
    if (kindProblem) ctx.addIssue({ code: "custom", path: ["name"], message: kindProblem });
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

/** Why a spoke's name does not fit its kind, if it does not. */
function spokeKindProblem({ kind, name }: Pick<Spoke, "kind" | "name">): string | undefined {
  if (kind === "hub-as-spoke" && name !== HUB_AS_SPOKE_NAME) {
    return `This hub as a spoke is named ${HUB_AS_SPOKE_NAME} (the GKE guide: do not edit this name). Choose "A dedicated cluster" to name it ${name}.`;
  }
  if (kind === "dedicated" && name === HUB_AS_SPOKE_NAME) {
    return `${HUB_AS_SPOKE_NAME} is the name of this hub as a spoke. Give this dedicated cluster another name, or choose "This hub as a spoke".`;
  }
  return undefined;
}
