import { lineWarnings, type LineWarning } from "@/lib/import/line-warnings";
import { readValuesFile } from "@/lib/import/read-values-file";

import { effectiveCustomizations, type Customization } from "./customizations";
import { finalValuesFile } from "./final-values-file";
import { mergeInstallerValues, type InstallerMerge } from "./installer-merge";
import type { LocalUiSettings } from "./local-ui-settings";

export type InstallerPreview = {
  merge: InstallerMerge;
  customizations: Customization[];
  /** The merged values as YAML, each line the installer set marked with its layer. */
  finalText: string;
  warnings: LineWarning[];
};

function settingsLine(settings: LocalUiSettings): string {
  const domain = settings.rootDomain || "none";
  const users = settings.staticUsersDisabled ? "disabled" : "enabled";
  return `Local UI: root domain ${domain}, ${settings.mode} mode, static Dex users ${users}.`;
}

/**
 * What the appliance installer makes of a customer's host values file under given Local UI
 * settings. Malformed, oversized or hostile YAML is refused with the reason, as imports are.
 */
export function previewInstaller(
  hostText: string,
  settings: LocalUiSettings,
  generatedAt: Date,
): InstallerPreview | { problem: string } {
  const reading = readValuesFile(hostText);
  if ("problem" in reading) return reading;
  const { values: host, document } = reading;
  const merge = mergeInstallerValues(host, settings);
  const header = [
    "The values Helm receives on the PaletteAI appliance, previewed by Easel.",
    settingsLine(settings),
    `Generated at ${generatedAt.toISOString()}. Lines the installer sets are marked with their layer.`,
  ];
  return {
    merge,
    customizations: effectiveCustomizations(
      host,
      merge.applied.map((field) => field.path),
    ),
    finalText: finalValuesFile(hostText, merge, header),
    warnings: lineWarnings(hostText, document, host, []),
  };
}
