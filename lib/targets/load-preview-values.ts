import type { TargetConfig } from "@/lib/schemas/targets";

import type { TargetId } from "./catalog";
import { loadTargetModule } from "./load-module";

/** What values.yaml's preview is rendered from: a configuration's chart values, secrets masked. */
export type PreviewValues = (config: TargetConfig) => object;

/** The preview's values of target `id`, once its module (and the values file's code) has loaded. */
export async function loadPreviewValues(id: TargetId): Promise<PreviewValues> {
  const [module, { previewConfig }] = await Promise.all([
    loadTargetModule(id),
    import("./preview-config"),
  ]);
  return (config) => module.buildValues(previewConfig(config, { revealSecrets: false }));
}
