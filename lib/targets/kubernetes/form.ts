import { ingressTargetForm, KUBERNETES_PROVIDER_WHY } from "@/lib/targets/ingress-target/form";
import { GKE_SHAPED_SPOKE_KINDS } from "@/lib/targets/spoke-kinds";
import { UNDOCUMENTED_SPOKE_PERMISSIONS } from "@/lib/targets/spoke-permissions";

/** Any self-managed cluster. No guide was available: the ingress is inferred, and shown as such. */
export const kubernetesForm = ingressTargetForm(
  "kubernetes",
  {
    formLabel: "Kubernetes configuration",
    lead: "Enter your domain and hub API server. Ingress settings stay the chart's until you take Easel's inferences.",
    canvas: "The PaletteAI UI, served on /ai with Dex on /dex by one Ingress, as in the GKE guide.",
    hubApiServer: {
      hint: "The server URL in the hub's kubeconfig (kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}'); every spoke must reach it.",
      placeholder: "https://k8s-api.example.org:6443",
    },
    spokePermissions: UNDOCUMENTED_SPOKE_PERMISSIONS,
    spokeKinds: GKE_SHAPED_SPOKE_KINDS,
  },
  {
    className: {
      value: "nginx",
      why: "The chart bundles ingress-nginx (class nginx), which serves the Ingress where no other controller runs.",
    },
    annotations: { value: [], why: "ingress-nginx needs no annotation on the Canvas Ingress." },
    tls: {
      value: "secret",
      why: "With no cloud load balancer in front, the Ingress ends TLS itself with a certificate Secret for the domain. Check how your chart's ingress-nginx maps port 443: a third-party install saw it send both ports to HTTP.",
    },
    bundledIngressNginx: {
      value: "enabled",
      why: "Nothing else serves Ingresses on a plain cluster.",
    },
    kubernetesProvider: { why: KUBERNETES_PROVIDER_WHY },
  },
);
