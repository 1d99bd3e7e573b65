import path from "node:path";

import { redactValues } from "@/lib/check/redact";

import { parseFlags, required, UsageError } from "./arguments";
import { readInputFile, writeOutputFiles } from "./files";
import type { Output } from "./output";

/**
 * `redact --values <file> --out <file> [--force]`: a copy of a values file fit to share (a support
 * ticket), every secret replaced by REDACTED and every other byte kept; what was replaced, and
 * why, goes to standard error. The original is never written: `--out` must name another file.
 */
export async function redactCommand(args: readonly string[], output: Output): Promise<number> {
  const flags = parseFlags(args, { values: ["values", "out"], switches: ["force"] });
  const file = required(flags, "values");
  const out = required(flags, "out");
  if (path.resolve(out) === path.resolve(file)) {
    throw new UsageError("--out must name another file: the original is kept as it is.");
  }
  const redacted = redactValues(await readInputFile(file));
  if ("problem" in redacted) {
    output.err(`${file}: ${redacted.problem}`);
    return 1;
  }
  await writeOutputFiles(
    [{ path: out, text: redacted.text, mode: 0o600 }],
    flags.switches.has("force"),
  );
  const { redactions } = redacted;
  output.err(
    redactions.length === 0
      ? `Nothing to redact in ${file}; ${out} is a copy.`
      : `Replaced ${redactions.length} value(s) with REDACTED in ${out}:`,
  );
  for (const { line, path: at, why } of redactions) output.err(`  line ${line}: ${at} (${why})`);
  return 0;
}
