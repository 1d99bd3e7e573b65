import type { IngressSection } from "@/lib/schemas/sections/ingress";
import { GKE_STATIC_IP_ANNOTATION } from "@/lib/targets/gke/build-values";

import type { ValuesReader } from "./values-reader";

const ANNOTATIONS = ["canvas", "ingress", "annotations"];

/** The GKE guide's static IP annotation on the Canvas Ingress. */
export function readStaticIpName(values: ValuesReader, canvas: { staticIpName: string }): void {
  canvas.staticIpName =
    values.text([...ANNOTATIONS, GKE_STATIC_IP_ANNOTATION]) ?? canvas.staticIpName;
}

function readTls(values: ValuesReader, ingress: IngressSection): void {
  const tls = values.list(["canvas", "ingress", "tls"]);
  if (tls === undefined) return;
  if (tls.length === 0) {
    ingress.tls = "load-balancer";
    return;
  }
  const secretName = values.text(["canvas", "ingress", "tls", 0, "secretName"]);
  if (tls.length === 1 && secretName !== undefined) {
    ingress.tls = "secret";
    ingress.tlsSecretName = secretName;
  } else {
    values.skip(
      ["canvas", "ingress", "tls"],
      "The form sets one certificate Secret; these TLS entries stay in the file as they are.",
    );
  }
}

/**
 * The Canvas Ingress choices of a target without an install guide: class, annotations, where TLS
 * ends, the bundled ingress-nginx and `global.kubernetesProvider`.
 */
export function readIngress(values: ValuesReader, ingress: IngressSection): void {
  ingress.className = values.text(["canvas", "ingress", "ingressClassName"]) ?? ingress.className;
  const annotations = values.mapping(ANNOTATIONS);
  if (annotations) {
    ingress.annotations = Object.entries(annotations).flatMap(([key, value]) => {
      if (typeof value === "string") return [{ key, value }];
      values.skip([...ANNOTATIONS, key], "Kubernetes annotations are text; quote this value.");
      return [];
    });
  }
  readTls(values, ingress);
  const nginx = values.flag(["ingress-nginx", "enabled"]);
  if (nginx !== undefined) ingress.bundledIngressNginx = nginx ? "enabled" : "disabled";
  ingress.kubernetesProvider =
    values.text(["global", "kubernetesProvider"]) ?? ingress.kubernetesProvider;
}
