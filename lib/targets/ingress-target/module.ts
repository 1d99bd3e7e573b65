import type { IngressTargetConfig } from "@/lib/schemas/targets";
import { ingressTargetConfigSchema } from "@/lib/schemas/targets/ingress-target";
import type { IngressTargetId } from "@/lib/targets/catalog";
import type { TargetForm, TargetModule } from "@/lib/targets/target-module";

import { INGRESS_TARGET_DOWNLOADS } from "./downloads";
import { readIngressTargetValues } from "./read-values";
import { ingressTargetRenderer } from "./renderer";

/** A target configured the GKE guide's way, whose ingress is the admin's choice (`form`). */
export function ingressTargetModule<T extends IngressTargetId>(
  form: TargetForm<T>,
): TargetModule<T> {
  const { id } = form;
  return {
    ...form,
    ...ingressTargetRenderer(id),
    schema: ingressTargetConfigSchema(id) as unknown as TargetModule<T>["schema"],
    readValues: (values, config) => readIngressTargetValues(values, config as IngressTargetConfig),
    importWarnings: () => [],
    downloads: INGRESS_TARGET_DOWNLOADS as TargetModule<T>["downloads"],
  };
}
