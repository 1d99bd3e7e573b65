import { gkeConfigSchema } from "@/lib/schemas/targets/gke";
import type { TargetModule } from "@/lib/targets/target-module";

import { GKE_DOWNLOADS } from "./downloads";
import { gkeForm } from "./form";
import { readGkeValues } from "./read-values";
import { gkeRenderer } from "./renderer";

/** GKE, exactly as PaletteAI's GKE install guide sets it up. */
export const gkeModule: TargetModule<"gke"> = {
  ...gkeForm,
  schema: gkeConfigSchema,
  ...gkeRenderer,
  readValues: readGkeValues,
  importWarnings: () => [],
  downloads: GKE_DOWNLOADS,
};
