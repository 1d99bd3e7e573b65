import type { IngressSection } from "@/lib/schemas/sections/ingress";

import type { ValuesReader } from "./values-reader";

/** Where the Canvas Ingress's annotations are, in the chart's values. */
export const CANVAS_INGRESS_ANNOTATIONS = ["canvas", "ingress", "annotations"];

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
  const annotations = values.mapping(CANVAS_INGRESS_ANNOTATIONS);
  if (annotations) {
    ingress.annotations = Object.entries(annotations).flatMap(([key, value]) => {
      if (typeof value === "string") return [{ key, value }];
      values.skip(
        [...CANVAS_INGRESS_ANNOTATIONS, key],
        "Kubernetes annotations are text; quote this value.",
      );
      return [];
    });
  }
  readTls(values, ingress);
  const nginx = values.flag(["ingress-nginx", "enabled"]);
  if (nginx !== undefined) ingress.bundledIngressNginx = nginx ? "enabled" : "disabled";
  ingress.kubernetesProvider =
    values.text(["global", "kubernetesProvider"]) ?? ingress.kubernetesProvider;
}
