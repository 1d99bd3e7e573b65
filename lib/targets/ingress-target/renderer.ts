import type { ConfigOf, IngressTargetConfig } from "@/lib/schemas/targets";
import type { IngressTargetId } from "@/lib/targets/catalog";
import { installFileHeader } from "@/lib/targets/install-header";
import type { ValuesRenderer } from "@/lib/targets/target-module";

import { buildIngressTargetValues } from "./build-values";

/** The values.yaml of a target configured the GKE guide's way, whose ingress is the admin's choice. */
export function ingressTargetRenderer<T extends IngressTargetId>(id: T): ValuesRenderer<T> {
  return {
    buildValues: (config: ConfigOf<T>) => buildIngressTargetValues(config),
    fileHeader: (config, generatedAt) => [
      ...installFileHeader(id, (config as IngressTargetConfig).install, generatedAt),
      "No install guide for this target was available to Easel: ingress settings it inferred are",
      "written only where you chose them; check them against your chart.",
    ],
  };
}
