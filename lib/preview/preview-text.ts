import type { InstallFileName } from "@/lib/downloads/install-files";
import { previewInstallScript, previewSecretsFile } from "@/lib/downloads/preview-files";
import { renderOverImported, type ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetModule } from "@/lib/targets/target-module";
import { previewConfig, renderPreview } from "@/lib/targets/values-file";

/** What the values.yaml preview needs of an imported file to write the form's edits into it. */
export type PreviewedImport = Pick<ImportedValues, "text" | "values" | "baseline" | "alignments">;

/** One install file as the preview shows it, and what it is rendered from. */
export type PreviewInput = {
  shown: InstallFileName;
  config: TargetConfig;
  revealSecrets: boolean;
  /** The imported file values.yaml is written into; none for a new file. */
  imported?: PreviewedImport;
};

/**
 * The text the files preview shows for `input.shown`: secrets masked unless revealed, values.yaml
 * written into the imported file when there is one.
 */
export function previewText(
  target: TargetModule,
  { shown, config, revealSecrets, imported }: PreviewInput,
): string {
  const options = { revealSecrets };
  if (shown === "secrets.yaml") return previewSecretsFile(config, options);
  if (shown === "install.sh") return previewInstallScript(target, config);
  if (!imported) return renderPreview(target, config, options);
  return renderOverImported(imported, target.buildValues(previewConfig(config, options)));
}
