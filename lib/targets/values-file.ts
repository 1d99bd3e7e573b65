import type { ConfigOf } from "@/lib/schemas/targets";
import { renderYaml } from "@/lib/yaml/stringify";

import type { TargetId } from "./catalog";
import { previewConfig } from "./preview-config";
import type { ValuesRenderer } from "./target-module";

/** The values.yaml to download, from a configuration that passed the module's schema. */
export function renderValuesFile<T extends TargetId>(
  module: ValuesRenderer<T>,
  config: ConfigOf<T>,
  generatedAt: Date,
): string {
  return renderYaml(module.buildValues(config), { header: module.fileHeader(config, generatedAt) });
}

/** The values.yaml preview of a configuration being edited. */
export function renderPreview<T extends TargetId>(
  module: ValuesRenderer<T>,
  config: ConfigOf<T>,
  options: { revealSecrets: boolean },
): string {
  return renderYaml(module.buildValues(previewConfig(config, options)), {
    header: module.fileHeader(config),
  });
}
