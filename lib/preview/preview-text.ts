import type { InstallFileName } from "@/lib/downloads/install-files";
import type { ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { loadTargetModule } from "@/lib/targets/load-module";
import { previewConfig } from "@/lib/targets/preview-config";
import { renderPreview } from "@/lib/targets/values-file";
import { valuesRenderer } from "@/lib/targets/values-renderers";

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
 * written into the imported file when there is one. A new values.yaml needs only the target's
 * writer and the YAML code: the other files' and an import's code load when first shown.
 */
export async function previewText(
  targetId: TargetId,
  { shown, config, revealSecrets, imported }: PreviewInput,
): Promise<string> {
  const options = { revealSecrets };
  if (shown === "secrets.yaml") {
    const { previewSecretsFile } = await import("@/lib/downloads/preview-files");
    return previewSecretsFile(config, options);
  }
  if (shown === "install.sh") {
    const [{ previewInstallScript }, target] = await Promise.all([
      import("@/lib/downloads/preview-files"),
      loadTargetModule(targetId),
    ]);
    return previewInstallScript(target, config);
  }
  const renderer = valuesRenderer(targetId);
  if (!imported) return renderPreview(renderer, config, options);
  const { renderOverImported } = await import("@/lib/import/import-values");
  return renderOverImported(imported, renderer.buildValues(previewConfig(config, options)));
}
