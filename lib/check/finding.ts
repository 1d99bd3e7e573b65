/** How much a finding matters: an error fails `easel check`, a warning only with `--strict`. */
export type Severity = "error" | "warning" | "info";

/** One thing `easel check` found in a values file, where it is and which rule found it. */
export type Finding = {
  severity: Severity;
  /** In the docs' notation (`fleetConfig.spokes[0].name`); empty for the file as a whole. */
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** A stable kebab-case id, such as `unknown-key`. */
  rule: string;
  message: string;
};

/** Findings in the order a reader meets them in the file. */
export function byPlace(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
}
