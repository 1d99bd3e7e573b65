import { ingressTargetForm, KUBERNETES_PROVIDER_WHY } from "@/lib/targets/ingress-target/form";
import { GKE_SHAPED_SPOKE_KINDS } from "@/lib/targets/spoke-kinds";
import { UNDOCUMENTED_SPOKE_PERMISSIONS } from "@/lib/targets/spoke-permissions";

/** Self-managed Kubernetes on EC2. No guide was available: the ingress is inferred, and shown as such. */
export const awsIaasForm = ingressTargetForm(
  "aws-iaas",
  {
    formLabel: "AWS IaaS configuration",
    lead: "Enter your domain and hub API server. Ingress settings stay the chart's until you take Easel's inferences.",
    canvas: "The PaletteAI UI, served on /ai with Dex on /dex by one Ingress, as in the GKE guide.",
    hubApiServer: {
      hint: "The server URL in the hub's kubeconfig (kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}'); spokes must reach it, often through a load balancer in front of the control plane.",
      placeholder: "https://k8s-api.example.org:6443",
    },
    spokePermissions: UNDOCUMENTED_SPOKE_PERMISSIONS,
    spokeKinds: GKE_SHAPED_SPOKE_KINDS,
  },
  {
    className: {
      value: "nginx",
      why: "A cluster on EC2 has no cloud ingress controller of its own, so the chart's bundled ingress-nginx (class nginx) serves the Ingress.",
    },
    annotations: { value: [], why: "ingress-nginx needs no annotation on the Canvas Ingress." },
    tls: {
      value: "load-balancer",
      why: "A third-party install of this chart shows its ingress-nginx sending both ports to HTTP, for a load balancer in front that ends TLS: an AWS load balancer with an ACM certificate does that.",
    },
    bundledIngressNginx: {
      value: "enabled",
      why: "Nothing else serves Ingresses on a plain cluster.",
    },
    kubernetesProvider: { why: KUBERNETES_PROVIDER_WHY },
  },
);
