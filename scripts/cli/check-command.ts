import path from "node:path";

import { checkValues } from "@/lib/check/check-values";
import type { Finding } from "@/lib/check/finding";
import { sarifLog } from "@/lib/check/sarif";
import { readValuesFile } from "@/lib/import/read-values-file";
import { findTarget, type TargetId } from "@/lib/targets/catalog";

import { parseFlags, required, UsageError } from "./arguments";
import { errorCode, FileRefusal, readInputFile, writeOutputFiles } from "./files";
import type { Output } from "./output";

const FORMATS = ["text", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

/** Exit codes: no error found, an error found (or a warning, with --strict), unreadable input. */
const CLEAN = 0;
const FOUND = 1;
const UNREADABLE = 2;

function formatOf(flags: ReturnType<typeof parseFlags>): Format {
  const format = flags.switches.has("json") ? "json" : (flags.values.get("format") ?? "text");
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be ${FORMATS.join(" or ")}.`);
  }
  return format as Format;
}

function targetOf(flags: ReturnType<typeof parseFlags>): TargetId | undefined {
  const id = flags.values.get("target");
  if (id === undefined) return undefined;
  const target = findTarget(id);
  if (!target) throw new UsageError(`Unknown target: ${id}.`);
  return target.id;
}

function count(findings: readonly Finding[], severity: Finding["severity"]): number {
  return findings.filter((found) => found.severity === severity).length;
}

/** Where code scanning finds the file: relative to the working directory (the repository). */
function artifactUri(file: string): string {
  return encodeURI(path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/"));
}

/** The report a person reads: `file:line:column: severity rule: message`, then the totals. */
function textReport(file: string, findings: readonly Finding[]): string {
  const lines = findings.map(
    (found) =>
      `${file}:${found.line}:${found.column}: ${found.severity} ${found.rule}: ${found.message}`,
  );
  const totals = (["error", "warning", "info"] as const)
    .map((severity) => `${count(findings, severity)} ${severity}(s)`)
    .join(", ");
  return [...lines, findings.length === 0 ? "Nothing found." : totals].join("\n");
}

/** A file's text, or null once its refusal was said (missing, not a regular file, too large). */
async function readOrSay(file: string, output: Output): Promise<string | null> {
  try {
    return await readInputFile(file);
  } catch (error) {
    if (!(error instanceof FileRefusal || errorCode(error))) throw error;
    output.err(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/**
 * `check --values <file> [--target <id>] [--chart-values <defaults.yaml>] [--format text|json|sarif] [--json] [--out <file>] [--strict]`:
 * what Easel finds in a values file, for a person or for CI. With `--out`, the report alone goes
 * to the file.
 */
export async function checkCommand(args: readonly string[], output: Output): Promise<number> {
  const flags = parseFlags(args, {
    values: ["values", "target", "chart-values", "format", "out"],
    switches: ["json", "strict"],
  });
  const file = required(flags, "values");
  const format = formatOf(flags);
  const target = targetOf(flags);
  const text = await readOrSay(file, output);
  const chartFile = flags.values.get("chart-values");
  const chartText = chartFile === undefined ? undefined : await readOrSay(chartFile, output);
  if (text === null || chartText === null) return UNREADABLE;
  let chartValues: unknown;
  if (chartText !== undefined) {
    const chart = readValuesFile(chartText);
    if ("problem" in chart) {
      output.err(`${chartFile}: ${chart.problem}`);
      return UNREADABLE;
    }
    chartValues = chart.values;
  }
  const checked = checkValues(text, target, chartValues);
  if ("problem" in checked) {
    output.err(`${file}: ${checked.problem}`);
    return UNREADABLE;
  }
  const { findings } = checked;
  const report = {
    text: () => textReport(file, findings),
    json: () => JSON.stringify({ findings }),
    sarif: () => JSON.stringify(sarifLog(findings, artifactUri(file))),
  }[format]();
  const out = flags.values.get("out");
  if (out === undefined) output.out(report);
  else await writeOutputFiles([{ path: out, text: `${report}\n`, mode: 0o600 }], true);
  const fails =
    count(findings, "error") > 0 ||
    (flags.switches.has("strict") && count(findings, "warning") > 0);
  return fails ? FOUND : CLEAN;
}
