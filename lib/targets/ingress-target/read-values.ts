import { readFullInstall } from "@/lib/import/read-config";
import { readIngress } from "@/lib/import/read-ingress";
import type { ValuesReader } from "@/lib/import/values-reader";
import type { IngressTargetConfig } from "@/lib/schemas/targets";

/** An ingress target's configuration from an imported values file: a full install's keys and its ingress. */
export function readIngressTargetValues(values: ValuesReader, config: IngressTargetConfig) {
  return readFullInstall(values, config, () => readIngress(values, config.ingress));
}
