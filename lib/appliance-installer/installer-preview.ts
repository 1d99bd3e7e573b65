import { lineWarnings, type LineWarning } from "@/lib/import/line-warnings";
import { readValuesFile } from "@/lib/import/read-values-file";
import type { Tree } from "@/lib/tree/tree";

import { installerConsequences, type Consequence } from "./consequences";
import { effectiveCustomizations, type Customization } from "./customizations";
import { finalValuesFile } from "./final-values-file";
import { mergeInstallerValues, type InstallerMerge } from "./installer-merge";
import type { LocalUiSettings } from "./local-ui-settings";

/** A customer's host values file, read once: the settings change, the file does not. */
export type HostFile = { text: string; values: Tree; warnings: LineWarning[] };

export type InstallerPreview = {
  merge: InstallerMerge;
  customizations: Customization[];
  /** What breaks because of what the installer sets beside the customer's values. */
  consequences: Consequence[];
  /** The merged values as YAML, each line the installer set marked with its layer. */
  finalText: string;
};

/**
 * A host values file, with the lines worth a second look. Malformed, oversized or hostile YAML is
 * refused with the reason, as imports are.
 */
export function readHostFile(text: string): HostFile | { problem: string } {
  const reading = readValuesFile(text);
  if ("problem" in reading) return reading;
  const { values, document } = reading;
  return { text, values, warnings: lineWarnings(text, document, values, []) };
}

function settingsLine(settings: LocalUiSettings): string {
  const domain = settings.rootDomain || "none";
  const users = settings.staticUsersDisabled ? "disabled" : "enabled";
  return `Local UI: root domain ${domain}, ${settings.mode} mode, static Dex users ${users}.`;
}

/** What the appliance installer makes of a customer's host file under given Local UI settings. */
export function previewInstaller(
  host: HostFile,
  settings: LocalUiSettings,
  generatedAt: Date,
): InstallerPreview {
  const merge = mergeInstallerValues(host.values, settings);
  const header = [
    "The values Helm receives on the PaletteAI appliance, previewed by Easel.",
    settingsLine(settings),
    `Generated at ${generatedAt.toISOString()}. Lines the installer sets are marked with their layer.`,
  ];
  return {
    merge,
    customizations: effectiveCustomizations(
      host.values,
      merge.applied.map((field) => field.path),
    ),
    consequences: installerConsequences(host.values, merge, settings),
    finalText: finalValuesFile(host.text, merge, header),
  };
}
