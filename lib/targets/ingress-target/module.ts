import type { ConfigOf, IngressTargetConfig } from "@/lib/schemas/targets";
import { ingressTargetConfigSchema } from "@/lib/schemas/targets/ingress-target";
import type { IngressTargetId } from "@/lib/targets/catalog";
import { installFileHeader } from "@/lib/targets/install-header";
import type { TargetForm, TargetModule } from "@/lib/targets/target-module";

import { buildIngressTargetValues } from "./build-values";
import { INGRESS_TARGET_DOWNLOADS } from "./downloads";
import { readIngressTargetValues } from "./read-values";

/** A target configured the GKE guide's way, whose ingress is the admin's choice (`form`). */
export function ingressTargetModule<T extends IngressTargetId>(
  form: TargetForm<T>,
): TargetModule<T> {
  const { id } = form;
  return {
    ...form,
    schema: ingressTargetConfigSchema(id) as unknown as TargetModule<T>["schema"],
    buildValues: (config: ConfigOf<T>) => buildIngressTargetValues(config),
    fileHeader: (config, generatedAt) => [
      ...installFileHeader(id, (config as IngressTargetConfig).install, generatedAt),
      "No install guide for this target was available to Easel: ingress settings it inferred are",
      "written only where you chose them; check them against your chart.",
    ],
    readValues: (values, config) => readIngressTargetValues(values, config as IngressTargetConfig),
    importWarnings: () => [],
    downloads: INGRESS_TARGET_DOWNLOADS as TargetModule<T>["downloads"],
  };
}
