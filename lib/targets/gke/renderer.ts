import { installFileHeader } from "@/lib/targets/install-header";
import type { ValuesRenderer } from "@/lib/targets/target-module";

import { buildGkeValues } from "./build-values";

/** GKE's values.yaml, exactly as PaletteAI's GKE install guide writes it. */
export const gkeRenderer: ValuesRenderer<"gke"> = {
  buildValues: buildGkeValues,
  fileHeader: (config, generatedAt) => installFileHeader("gke", config.install, generatedAt),
};
