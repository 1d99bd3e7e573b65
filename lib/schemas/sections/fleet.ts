import { z } from "zod";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import { baseUrlSchema, textSchema } from "@/lib/schemas/fields";
import { isMapping } from "@/lib/tree/tree";
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
 * What a spoke is: this hub registering itself (the guides' hub-as-spoke pattern, which reads its
 * kubeconfig in-cluster) or a dedicated cluster, whose kubeconfig is in a Secret on the hub.
 */
export const SPOKE_KINDS = ["hub-as-spoke", "dedicated"] as const;

export type SpokeKind = (typeof SPOKE_KINDS)[number];

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

/** Whether this spoke is the hub registering itself, which reads its kubeconfig in-cluster. */
export function isHubAsSpoke(spoke: Pick<Spoke, "kind">): boolean {
  return spoke.kind === "hub-as-spoke";
}

/**
 * The kind a spoke written before kinds were chosen has: the one its name gave it then (only
 * `hub-as-spoke` is the hub). Imported values.yaml files are read this way too: the chart's
 * values name no kind.
 */
export function kindFromName(name: string): SpokeKind {
  return name === HUB_AS_SPOKE_NAME ? "hub-as-spoke" : "dedicated";
}

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

/** The Secret on the hub that holds a dedicated spoke's kubeconfig. */
export function spokeSecretName(spoke: Spoke): string {
  return spoke.kubeconfig.secretName || `spoke-kubeconfig-${spoke.name}`;
}

/**
 * A new spoke entry as the form adds it: this hub as a spoke when named `hub-as-spoke`, else a
 * dedicated cluster, unless `kind` says.
 */
export function newSpoke(name: string, kind: SpokeKind = kindFromName(name)): Spoke {
  return {
    kind,
    name,
    forceInternalEndpointLookup: false,
    kubeconfig: { secretName: "", secretKey: "kubeconfig", context: "" },
    kubeconfigFile: "",
  };
}

/** This hub as a spoke, as the guides' default configuration lists it. */
export function newHubAsSpoke(): Spoke {
  return newSpoke(HUB_AS_SPOKE_NAME, "hub-as-spoke");
}

/**
 * Gives each spoke of a stored configuration (a draft saved before spokes had a kind) the kind
 * its name gave it then, so it reads as it did; spokes with a kind, and anything not shaped as a
 * configuration, are left as they are.
 */
export function withSpokeKinds(config: unknown): void {
  if (!isMapping(config) || !isMapping(config.fleet)) return;
  const { spokes } = config.fleet;
  if (!Array.isArray(spokes)) return;
  for (const spoke of spokes) {
    if (isMapping(spoke) && spoke.kind === undefined && typeof spoke.name === "string") {
      spoke.kind = kindFromName(spoke.name);
    }
  }
}
