import { readCanvasCustomisation } from "@/lib/import/read-canvas";
import { readLists } from "@/lib/import/read-config";
import { readMetricsAgent } from "@/lib/import/read-global";
import type { ValuesReader } from "@/lib/import/values-reader";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";

/** The appliance host file's keys: the metrics agent, Canvas' customisation and the lists. */
export function readApplianceValues(values: ValuesReader, config: ApplianceConfig) {
  readMetricsAgent(values, config.global.metrics);
  readCanvasCustomisation(values, config.canvas);
  return readLists(values, config);
}
