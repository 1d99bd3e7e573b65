import { runCli } from "@/scripts/cli/run-cli";

/** Runs Easel's CLI in this process, its exit code and what it wrote to each stream. */
export async function runCliCaptured(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
