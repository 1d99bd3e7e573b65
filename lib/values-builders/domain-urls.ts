import { CANVAS_SERVICE, DEX_SERVICE, PROMETHEUS_NODE_PORT } from "@/lib/chart/constants";

/** Every URL the GKE guide builds from the one domain the admin enters. */
export function domainUrls(domain: string) {
  const root = `https://${domain}`;
  return {
    root,
    canvasCallback: `${root}${CANVAS_SERVICE.path}/callback`,
    dexIssuer: `${root}${DEX_SERVICE.path}`,
    dexCallback: `${root}${DEX_SERVICE.path}/callback`,
    prometheusBaseUrl: `${root}:${PROMETHEUS_NODE_PORT}`,
  };
}
