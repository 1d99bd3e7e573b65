import type { IngressTargetId } from "@/lib/targets/catalog";
import {
  FULL_INSTALL_FIELD_GROUPS,
  type IngressInferences,
  type TargetCopy,
  type TargetForm,
} from "@/lib/targets/target-module";

import { createIngressTargetDefaults } from "./defaults";

/** Shown for every target but GKE: PaletteAI documents no other provider value. */
export const KUBERNETES_PROVIDER_WHY =
  "PaletteAI documents only GKE-Ingress, for GKE; no value is documented for this target. Leave it empty to keep the chart's default.";

/** The form of a target configured the GKE guide's way, whose ingress is the admin's choice. */
export function ingressTargetForm<T extends IngressTargetId>(
  id: T,
  copy: TargetCopy,
  ingressInferences: IngressInferences,
): TargetForm<T> {
  return {
    id,
    createDefaults: () => createIngressTargetDefaults(id),
    installsCharts: true,
    fieldGroups: new Set([...FULL_INSTALL_FIELD_GROUPS, "ingress"]),
    copy,
    ingressInferences,
  };
}
