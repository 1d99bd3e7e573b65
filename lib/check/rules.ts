import type { Severity } from "./finding";

/** What a rule of `easel check` finds, and what to do about it: SARIF's rules carry both. */
export type CheckRule = { id: string; severity: Severity; summary: string; help: string };

/** Every rule, in a stable order: a rule's id never changes once published. */
export const CHECK_RULES: readonly CheckRule[] = [
  {
    id: "unknown-key",
    severity: "error",
    summary: "A key close to one the chart reads, but not it",
    help: "Helm ignores keys a chart does not read, so the setting never takes effect. Rename the key to the one suggested.",
  },
  {
    id: "near-enum",
    severity: "error",
    summary: "A value close to one the key takes, but not it",
    help: "The chart compares this value exactly. Write the suggested value, with its case.",
  },
  {
    id: "not-in-chart",
    severity: "warning",
    summary: "A key neither the chart's default values nor Easel know",
    help: "Checked against the chart's own default values.yaml (--chart-values): Helm ignores a key the chart does not read. Compare it with the nearest key named.",
  },
  {
    id: "import-warning",
    severity: "warning",
    summary: "Something Easel's import warns of in a values file",
    help: "Read the message: a boolean written as text, a placeholder from the docs, a key written twice, a tab, or a Dex setting Dex would misread.",
  },
  {
    id: "target-note",
    severity: "info",
    summary: "What the install target does with a field",
    help: "Information only: on the appliance, for one, the installer sets some fields itself.",
  },
];
