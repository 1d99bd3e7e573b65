import { gkeConfigSchema } from "@/lib/schemas/targets/gke";
import { installFileHeader } from "@/lib/targets/install-header";
import type { TargetModule } from "@/lib/targets/target-module";

import { buildGkeValues } from "./build-values";
import { GKE_DOWNLOADS } from "./downloads";
import { gkeForm } from "./form";
import { readGkeValues } from "./read-values";

/** GKE, exactly as PaletteAI's GKE install guide sets it up. */
export const gkeModule: TargetModule<"gke"> = {
  ...gkeForm,
  schema: gkeConfigSchema,
  buildValues: buildGkeValues,
  fileHeader: (config, generatedAt) => installFileHeader("gke", config.install, generatedAt),
  readValues: readGkeValues,
  importWarnings: () => [],
  downloads: GKE_DOWNLOADS,
};
