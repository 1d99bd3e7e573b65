/**
 * One line of the bench report: a median measured over `runs`, against its budget. Extra fields
 * (sizes, the two sides of a ratio) say what the median was measured on.
 */
export type Figure = {
  name: string;
  unit: "ms" | "ratio" | "kB";
  median: number;
  /** Only for timed loops, where the tail says whether the median hides stalls. */
  p95?: number;
  budget: number;
  runs: number;
  withinBudget: boolean;
  [detail: string]: unknown;
};

/** `value` to `digits` decimals: the report is read by people, and sub-microsecond noise is not. */
export function rounded(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A figure that is a ratio with an upper bound, as the growth and apply comparisons are. */
export function ratioFigure(
  name: string,
  ratio: number,
  budget: number,
  runs: number,
  details: Record<string, unknown> = {},
): Figure {
  return {
    name,
    unit: "ratio",
    median: rounded(ratio),
    budget,
    runs,
    withinBudget: ratio <= budget,
    ...details,
  };
}
