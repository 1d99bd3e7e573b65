import { ingressTargetForm, KUBERNETES_PROVIDER_WHY } from "@/lib/targets/ingress-target/form";
import { GKE_SHAPED_SPOKE_KINDS } from "@/lib/targets/spoke-kinds";
import { EKS_SPOKE_PERMISSIONS } from "@/lib/targets/spoke-permissions";

/** Amazon EKS. No EKS install guide was available: the ingress is inferred, and shown as such. */
export const eksForm = ingressTargetForm(
  "eks",
  {
    formLabel: "EKS configuration",
    lead: "Enter your domain and hub API server. Ingress settings stay the chart's until you take Easel's inferences.",
    canvas: "The PaletteAI UI, served on /ai with Dex on /dex by one Ingress, as in the GKE guide.",
    hubApiServer: {
      hint: "The server URL in the hub's kubeconfig, for example from: aws eks describe-cluster --name <cluster> --query cluster.endpoint --output text.",
      placeholder: "https://0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com",
    },
    spokePermissions: EKS_SPOKE_PERMISSIONS,
    spokeKinds: GKE_SHAPED_SPOKE_KINDS,
  },
  {
    className: {
      value: "alb",
      why: "On EKS the AWS Load Balancer Controller's class alb makes an Application Load Balancer that ends TLS, as the gce class does on GKE. Use nginx for the chart's bundled ingress-nginx instead.",
    },
    annotations: {
      value: [
        { key: "alb.ingress.kubernetes.io/scheme", value: "internet-facing" },
        { key: "alb.ingress.kubernetes.io/target-type", value: "ip" },
        { key: "alb.ingress.kubernetes.io/listen-ports", value: '[{"HTTPS":443}]' },
      ],
      why: "The controller makes internal load balancers that target nodes unless told otherwise; an HTTPS listener lets it find the ACM certificate for your domain. Add alb.ingress.kubernetes.io/certificate-arn to name one.",
    },
    tls: {
      value: "load-balancer",
      why: "The ALB ends TLS with an ACM certificate, so the Ingress has no tls block, as on GKE.",
    },
    bundledIngressNginx: {
      value: "disabled",
      why: "The ALB serves the Ingress, so the bundled ingress-nginx is not needed; the GKE guide turns it off for the same reason.",
    },
    kubernetesProvider: { why: KUBERNETES_PROVIDER_WHY },
  },
);
