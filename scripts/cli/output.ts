/** Where a command reports: results to `out`, problems and warnings to `err`. */
export type Output = { out: (line: string) => void; err: (line: string) => void };

/** Problems as `path: message` lines, as the form shows them beside each field. */
export function reportProblems(
  output: Output,
  what: string,
  problems: readonly { path: string; message: string }[],
): void {
  output.err(`${what} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:`);
  for (const problem of problems) {
    output.err(`  ${problem.path === "" ? "(file)" : problem.path}: ${problem.message}`);
  }
}
