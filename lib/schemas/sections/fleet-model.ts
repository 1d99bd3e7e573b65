// What the form needs of the fleet section, apart from its schema (`./fleet.ts`): a target's page
// loads these with the form, and zod only at the first check.

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { isMapping } from "@/lib/tree/tree";

import type { Spoke } from "./fleet";

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
