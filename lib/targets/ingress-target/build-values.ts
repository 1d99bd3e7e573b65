import type { MuralValues } from "@/lib/chart/values-shape";
import type { IngressSection } from "@/lib/schemas/sections/ingress";
import { explicitRegistryEndpoint } from "@/lib/schemas/sections/registry-model";
import type { IngressTargetConfig } from "@/lib/schemas/targets";
import { buildAlertmanagerValues } from "@/lib/values-builders/alertmanager";
import { buildCanvasValues, type CanvasIngressOptions } from "@/lib/values-builders/canvas";
import { buildDexValues } from "@/lib/values-builders/dex";
import { buildFleetValues } from "@/lib/values-builders/fleet";
import { buildGlobalValues } from "@/lib/values-builders/global";
import { buildHueValues } from "@/lib/values-builders/hue";
import { buildZotValues } from "@/lib/values-builders/zot";

/** The Canvas Ingress settings the admin chose; every one left at the chart default is omitted. */
function canvasIngressOptions(ingress: IngressSection, domain: string): CanvasIngressOptions {
  const tls = {
    "chart-default": undefined,
    "load-balancer": [],
    secret: [{ hosts: [domain], secretName: ingress.tlsSecretName }],
  }[ingress.tls];
  return {
    ...(ingress.className === "" ? {} : { ingressClassName: ingress.className }),
    ...(ingress.annotations.length === 0
      ? {}
      : {
          annotations: Object.fromEntries(ingress.annotations.map((a) => [a.key, a.value])),
        }),
    ...(tls === undefined ? {} : { tls }),
  };
}

function ingressNginxValues(ingress: IngressSection): Pick<MuralValues, "ingress-nginx"> {
  if (ingress.bundledIngressNginx === "chart-default") return {};
  return { "ingress-nginx": { enabled: ingress.bundledIngressNginx === "enabled" } };
}

/**
 * The `mural` chart values for a target without an install guide, shaped as the GKE guide shapes
 * them (Canvas and Dex behind one Ingress, Zot behind it or elsewhere, Flux's network policies
 * off). Where GKE fixes the ingress (class, annotations, TLS, ingress-nginx, provider), only what
 * the admin chose is written; the rest stays the chart's.
 */
export function buildIngressTargetValues(config: IngressTargetConfig): MuralValues {
  const { domain } = config.global;
  const { ingress } = config;
  return {
    global: buildGlobalValues(config.global, ingress.kubernetesProvider || undefined),
    fleetConfig: buildFleetValues(config.fleet, explicitRegistryEndpoint(config.registry)),
    canvas: buildCanvasValues(config.canvas, domain, canvasIngressOptions(ingress, domain)),
    dex: buildDexValues(config.identity, domain),
    flux2: { policies: { create: false } },
    ...ingressNginxValues(ingress),
    zot: buildZotValues(config.registry, domain),
    ...buildHueValues(config.registry),
    alertmanager: buildAlertmanagerValues(config.global),
  };
}
