import type { Consequence } from "./consequence";
import type { InstallerMerge } from "./installer-merge";
import type { LocalUiSettings } from "./local-ui-settings";
import { redirectConsequences } from "./redirect-consequences";
import { signInConsequences } from "./sign-in-consequences";

export type { Consequence } from "./consequence";

/**
 * What breaks on the appliance because of what the installer sets beside the customer's values:
 * each finding names the field to change, the installer field that causes it, and the fix.
 */
export function installerConsequences(
  host: unknown,
  merge: InstallerMerge,
  settings: LocalUiSettings,
): Consequence[] {
  return [
    ...redirectConsequences(merge.finalValues, settings),
    ...signInConsequences(host, merge.finalValues, settings),
  ];
}
