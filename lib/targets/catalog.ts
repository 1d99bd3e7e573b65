/**
 * Which shared code builds a target: targets of one family share their schema, defaults, values
 * builder and read-back, and differ only in their module's data (wording, inferences).
 */
export type TargetFamily = "gke" | "ingress-target" | "appliance";

/** Every place PaletteAI can be installed, in the order the start page lists them. */
export const TARGETS = [
  {
    id: "gke",
    family: "gke",
    name: "Google Kubernetes Engine (GKE)",
    shortName: "GKE",
    description:
      "As in PaletteAI's GKE guide: GKE Ingress ends TLS for Canvas, Dex and the bundled Zot on one load balancer.",
  },
  {
    id: "eks",
    family: "ingress-target",
    name: "Amazon EKS",
    shortName: "EKS",
    description:
      "An EKS hub with the bundled Zot or Amazon ECR. Ingress settings are inferred and shown as such.",
  },
  {
    id: "aws-iaas",
    family: "ingress-target",
    name: "Kubernetes on AWS EC2",
    shortName: "AWS IaaS",
    description:
      "A self-managed cluster on EC2 instances. Ingress settings are inferred and shown as such.",
  },
  {
    id: "kubernetes",
    family: "ingress-target",
    name: "Self-managed Kubernetes",
    shortName: "Kubernetes",
    description:
      "Any cluster whose API server you control. Ingress settings are inferred and shown as such.",
  },
  {
    id: "appliance",
    family: "appliance",
    name: "PaletteAI appliance",
    shortName: "Appliance",
    description:
      "Customise the host values.yaml; fields the installer manages are shown read-only and never written.",
  },
] as const satisfies readonly {
  id: string;
  family: TargetFamily;
  name: string;
  /** For tight places such as the target switcher. */
  shortName: string;
  description: string;
}[];

type CatalogEntry = (typeof TARGETS)[number];

export type TargetId = CatalogEntry["id"];

export type TargetSummary = {
  id: TargetId;
  family: TargetFamily;
  name: string;
  /** For tight places such as the target switcher. */
  shortName: string;
  description: string;
};

/** Every target's id, in the catalog's order. */
export const TARGET_IDS: readonly TargetId[] = TARGETS.map((target) => target.id);

/** Targets configured the GKE guide's way, with their ingress left to the admin's choices. */
export type IngressTargetId = Extract<CatalogEntry, { family: "ingress-target" }>["id"];

function isIngressTarget(
  target: CatalogEntry,
): target is Extract<CatalogEntry, { family: "ingress-target" }> {
  return target.family === "ingress-target";
}

/** The ingress targets' ids, in the catalog's order. */
export const INGRESS_TARGET_IDS: readonly IngressTargetId[] = TARGETS.filter(isIngressTarget).map(
  (target) => target.id,
);

/** The target with this id, or undefined for anything else (a route segment, a CLI flag). */
export function findTarget(id: string): TargetSummary | undefined {
  return TARGETS.find((target) => target.id === id);
}

const SUMMARY_BY_ID = Object.fromEntries(TARGETS.map((target) => [target.id, target])) as {
  [T in TargetId]: TargetSummary;
};

/** The catalog entry of a target known to exist: its names and description. */
export function targetSummary(id: TargetId): TargetSummary {
  return SUMMARY_BY_ID[id];
}
