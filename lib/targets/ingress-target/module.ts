import type { ConfigOf, IngressTargetConfig } from "@/lib/schemas/targets";
import { ingressTargetConfigSchema } from "@/lib/schemas/targets/ingress-target";
import type { IngressTargetId } from "@/lib/targets/catalog";
import { installFileHeader } from "@/lib/targets/install-header";
import {
  FULL_INSTALL_FIELD_GROUPS,
  type IngressInferences,
  type TargetCopy,
  type TargetModule,
} from "@/lib/targets/target-module";

import { buildIngressTargetValues } from "./build-values";
import { createIngressTargetDefaults } from "./defaults";
import { INGRESS_TARGET_DOWNLOADS } from "./downloads";
import { readIngressTargetValues } from "./read-values";

/** Shown for every target but GKE: PaletteAI documents no other provider value. */
export const KUBERNETES_PROVIDER_WHY =
  "PaletteAI documents only GKE-Ingress, for GKE; no value is documented for this target. Leave it empty to keep the chart's default.";

/** A target configured the GKE guide's way, whose ingress is the admin's choice. */
export function ingressTargetModule<T extends IngressTargetId>(
  id: T,
  copy: TargetCopy,
  ingressInferences: IngressInferences,
): TargetModule<T> {
  return {
    id,
    schema: ingressTargetConfigSchema(id) as unknown as TargetModule<T>["schema"],
    createDefaults: () => createIngressTargetDefaults(id),
    buildValues: (config: ConfigOf<T>) => buildIngressTargetValues(config),
    fileHeader: (config, generatedAt) => [
      ...installFileHeader(id, (config as IngressTargetConfig).install, generatedAt),
      "No install guide for this target was available to Easel: ingress settings it inferred are",
      "written only where you chose them; check them against your chart.",
    ],
    readValues: (values, config) => readIngressTargetValues(values, config as IngressTargetConfig),
    importWarnings: () => [],
    installsCharts: true,
    downloads: INGRESS_TARGET_DOWNLOADS as TargetModule<T>["downloads"],
    fieldGroups: new Set([...FULL_INSTALL_FIELD_GROUPS, "ingress"]),
    copy,
    ingressInferences,
  };
}
