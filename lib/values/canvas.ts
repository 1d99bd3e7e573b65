import { CANVAS_OIDC_DEFAULTS, CANVAS_SERVICE, DEX_SERVICE } from "@/lib/chart/constants";
import type { CanvasValues, IngressPath } from "@/lib/chart/values";
import type { CanvasSection } from "@/lib/schemas/sections/canvas";

import { domainUrls } from "./domain-urls";

export type CanvasIngressOptions = {
  ingressClassName: string;
  annotations: Record<string, string>;
};

function prefixPath(path: string, service: string, port: number): IngressPath {
  return {
    path,
    pathType: "Prefix",
    backend: { service: { name: service, port: { number: port } } },
  };
}

/**
 * `canvas`: one Ingress serving Canvas on `/ai` and Dex on `/dex`, so a single load balancer
 * terminating TLS serves both; Canvas therefore speaks plain HTTP behind it.
 */
export function buildCanvasValues(
  canvas: CanvasSection,
  domain: string,
  ingress: CanvasIngressOptions,
): CanvasValues {
  return {
    ingress: {
      enabled: true,
      annotations: ingress.annotations,
      ingressClassName: ingress.ingressClassName,
      domain,
      matchAllHosts: false,
      tls: [],
      paths: [
        prefixPath(CANVAS_SERVICE.path, CANVAS_SERVICE.name, CANVAS_SERVICE.port),
        prefixPath(DEX_SERVICE.path, DEX_SERVICE.name, DEX_SERVICE.httpPort),
      ],
    },
    enableHTTP: true,
    oidc: {
      sessionSecret: canvas.sessionSecret,
      sessionDir: CANVAS_OIDC_DEFAULTS.sessionDir,
      issuerK8sService: CANVAS_OIDC_DEFAULTS.issuerK8sService,
      skipSSLCertificateVerification: CANVAS_OIDC_DEFAULTS.skipSSLCertificateVerification,
      redirectURL: domainUrls(domain).canvasCallback,
    },
  };
}
