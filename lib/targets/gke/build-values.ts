import type { MuralValues } from "@/lib/chart/values-shape";
import { explicitRegistryEndpoint } from "@/lib/schemas/sections/registry-model";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { buildAlertmanagerValues } from "@/lib/values-builders/alertmanager";
import { buildCanvasValues } from "@/lib/values-builders/canvas";
import { buildDexValues } from "@/lib/values-builders/dex";
import { buildFleetValues } from "@/lib/values-builders/fleet";
import { buildGlobalValues } from "@/lib/values-builders/global";
import { buildHueValues } from "@/lib/values-builders/hue";
import { buildZotValues } from "@/lib/values-builders/zot";

export const GKE_KUBERNETES_PROVIDER = "GKE-Ingress";
export const GKE_INGRESS_CLASS = "gce";
export const GKE_STATIC_IP_ANNOTATION = "kubernetes.io/ingress.global-static-ip-name";
/** Lets the GKE load balancer health-check Dex (the guide's BackendConfig name). */
export const GKE_DEX_BACKEND_CONFIG = {
  "cloud.google.com/backend-config": '{"default":"dex-backendconfig"}',
};

/**
 * The `mural` chart values for GKE, key for key as the GKE install guide sets them: the GKE
 * Ingress (class `gce`) terminates TLS for Canvas, Dex and Zot on one load balancer, so the
 * bundled ingress-nginx and Flux's network policies are off.
 */
export function buildGkeValues(config: GkeConfig): MuralValues {
  const { domain } = config.global;
  const annotations: Record<string, string> = config.canvas.staticIpName
    ? { [GKE_STATIC_IP_ANNOTATION]: config.canvas.staticIpName }
    : {};
  return {
    global: buildGlobalValues(config.global, GKE_KUBERNETES_PROVIDER),
    fleetConfig: buildFleetValues(config.fleet, explicitRegistryEndpoint(config.registry)),
    canvas: buildCanvasValues(config.canvas, domain, {
      ingressClassName: GKE_INGRESS_CLASS,
      annotations,
      tls: [],
    }),
    dex: buildDexValues(config.identity, domain, { serviceAnnotations: GKE_DEX_BACKEND_CONFIG }),
    flux2: { policies: { create: false } },
    "ingress-nginx": { enabled: false },
    zot: buildZotValues(config.registry, domain),
    ...buildHueValues(config.registry),
    alertmanager: buildAlertmanagerValues(config.global),
  };
}
