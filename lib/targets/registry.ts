/** Every place PaletteAI can be installed, in the order the start page lists them. */
export const TARGET_IDS = ["gke", "eks", "aws-iaas", "kubernetes", "appliance"] as const;

export type TargetId = (typeof TARGET_IDS)[number];

export type TargetSummary = {
  id: TargetId;
  name: string;
  description: string;
  /** False while Easel has no form for the target yet. */
  isAvailable: boolean;
};

export const TARGETS: readonly TargetSummary[] = [
  {
    id: "gke",
    name: "Google Kubernetes Engine (GKE)",
    description:
      "GKE Ingress terminates TLS for Canvas, Dex and the bundled Zot registry on one load balancer.",
    isAvailable: true,
  },
  {
    id: "eks",
    name: "Amazon EKS",
    description: "An EKS hub with the bundled Zot registry or Amazon ECR.",
    isAvailable: false,
  },
  {
    id: "aws-iaas",
    name: "Kubernetes on AWS EC2",
    description: "A self-managed Kubernetes cluster on EC2 instances.",
    isAvailable: false,
  },
  {
    id: "kubernetes",
    name: "Self-managed Kubernetes",
    description: "Any Kubernetes cluster whose API server you control.",
    isAvailable: false,
  },
  {
    id: "appliance",
    name: "PaletteAI appliance",
    description: "Edit the host values.yaml; the installer manages many fields for you.",
    isAvailable: false,
  },
];

/** The target with this id, or undefined for anything else (a route segment, a CLI flag). */
export function findTarget(id: string): TargetSummary | undefined {
  return TARGETS.find((target) => target.id === id);
}
