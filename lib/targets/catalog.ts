/** Every place PaletteAI can be installed, in the order the start page lists them. */
export const TARGET_IDS = ["gke", "eks", "aws-iaas", "kubernetes", "appliance"] as const;

export type TargetId = (typeof TARGET_IDS)[number];

export type TargetSummary = {
  id: TargetId;
  name: string;
  /** For tight places such as the target switcher. */
  shortName: string;
  description: string;
};

export const TARGETS: readonly TargetSummary[] = [
  {
    id: "gke",
    name: "Google Kubernetes Engine (GKE)",
    shortName: "GKE",
    description:
      "As in PaletteAI's GKE guide: GKE Ingress ends TLS for Canvas, Dex and the bundled Zot on one load balancer.",
  },
  {
    id: "eks",
    name: "Amazon EKS",
    shortName: "EKS",
    description:
      "An EKS hub with the bundled Zot or Amazon ECR. Ingress settings are inferred and shown as such.",
  },
  {
    id: "aws-iaas",
    name: "Kubernetes on AWS EC2",
    shortName: "AWS IaaS",
    description:
      "A self-managed cluster on EC2 instances. Ingress settings are inferred and shown as such.",
  },
  {
    id: "kubernetes",
    name: "Self-managed Kubernetes",
    shortName: "Kubernetes",
    description:
      "Any cluster whose API server you control. Ingress settings are inferred and shown as such.",
  },
  {
    id: "appliance",
    name: "PaletteAI appliance",
    shortName: "Appliance",
    description:
      "Customise the host values.yaml; fields the installer manages are shown read-only and never written.",
  },
];

/** The target with this id, or undefined for anything else (a route segment, a CLI flag). */
export function findTarget(id: string): TargetSummary | undefined {
  return TARGETS.find((target) => target.id === id);
}
