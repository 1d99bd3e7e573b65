import { newConfigurationId } from "@/lib/schemas/sections/configuration-id-model";
import { INGRESS_CHART_DEFAULTS } from "@/lib/schemas/sections/ingress-model";
import type { ConfigOf } from "@/lib/schemas/targets";
import type { IngressTargetId } from "@/lib/targets/catalog";
import { createInstallSections } from "@/lib/targets/install-defaults";

/**
 * A new configuration for a target without an install guide: the GKE guide's defaults with every
 * ingress choice left to the chart. Call it in the browser, like `createInstallSections`.
 */
export function createIngressTargetDefaults<T extends IngressTargetId>(target: T): ConfigOf<T> {
  const config = {
    target,
    configurationId: newConfigurationId(),
    ...createInstallSections(),
    ingress: structuredClone(INGRESS_CHART_DEFAULTS),
  };
  return config as ConfigOf<T>;
}
