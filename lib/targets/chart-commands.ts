import type { InstallSection } from "@/lib/schemas/sections/install";
import { chartRegistryProblem } from "@/lib/validation/chart-registry";

/** What Helm's commands for both charts are made from: where they come from, which versions, how long Helm waits. */
export type ChartSettings = Pick<
  InstallSection,
  "chartRegistry" | "chartPlainHttp" | "crdsVersion" | "muralVersion" | "helmTimeoutMinutes"
>;

export type ChartName = "mural-crds" | "mural";

/** Words a POSIX shell reads as themselves, unquoted: the guide's own commands are made of them. */
const PLAIN_WORD = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** Single-quotes `value` for POSIX sh. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`;
}

/**
 * `value` as one shell word: as it is when the shell would read it so (the guide's commands stay
 * as the guide prints them), else single-quoted. Settings are checked, but a preview shows files
 * of a configuration still being typed.
 */
export function shellWord(value: string): string {
  return PLAIN_WORD.test(value) ? value : shellQuote(value);
}

/** Printed for a registry address still being typed, or refused by the field. */
export const CHART_REGISTRY_PLACEHOLDER = "<chart-registry>";

/**
 * Where `chart` is pulled from: `<registry>/<chart>`, as one shell word. An address the field
 * refuses is never printed: it may be `oci://user:password@host`, and a preview and install.sh
 * are shown and shared.
 */
export function chartAddress(settings: ChartSettings, chart: ChartName): string {
  const registry =
    chartRegistryProblem(settings.chartRegistry) === undefined
      ? settings.chartRegistry
      : CHART_REGISTRY_PLACEHOLDER;
  return shellWord(`${registry}/${chart}`);
}

/** Helm's flag for a mirror without TLS, with its leading space; nothing for a registry with TLS. */
export function plainHttpFlag(settings: ChartSettings): string {
  return settings.chartPlainHttp ? " --plain-http" : "";
}

/** Helm waits for each release as long as Easel would before it calls the install failed. */
export function waitFlags(settings: ChartSettings): string {
  return `--wait --timeout ${shellWord(`${settings.helmTimeoutMinutes}m`)}`;
}
