import { readFullInstall } from "@/lib/import/read-config";
import { CANVAS_INGRESS_ANNOTATIONS } from "@/lib/import/read-ingress";
import type { ValuesReader } from "@/lib/import/values-reader";
import type { GkeConfig } from "@/lib/schemas/targets/gke";

import { GKE_STATIC_IP_ANNOTATION } from "./build-values";

/** The GKE guide's static IP annotation on the Canvas Ingress. */
function readStaticIpName(values: ValuesReader, canvas: GkeConfig["canvas"]): void {
  canvas.staticIpName =
    values.text([...CANVAS_INGRESS_ANNOTATIONS, GKE_STATIC_IP_ANNOTATION]) ?? canvas.staticIpName;
}

/** A GKE configuration from an imported values file: a full install's keys and the static IP. */
export function readGkeValues(values: ValuesReader, config: GkeConfig) {
  return readFullInstall(values, config, () => readStaticIpName(values, config.canvas));
}
