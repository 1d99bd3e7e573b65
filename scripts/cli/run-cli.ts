import { TARGET_IDS } from "@/lib/targets/catalog";

import { UsageError } from "./arguments";
import { checkCommand } from "./check-command";
import { errorCode, FileRefusal } from "./files";
import { initCommand } from "./init-command";
import { installerPreviewCommand } from "./installer-preview-command";
import type { Output } from "./output";
import { redactCommand } from "./redact-command";
import { renderCommand } from "./render-command";

const USAGE = [
  "Usage:",
  `  npm run easel -- init --target <${TARGET_IDS.join("|")}> --domain <domain> --out <profile.yaml> [--hub-api-server <url>] [--force]`,
  "  npm run easel -- render --profile <profile.yaml> [--values <existing values.yaml> [--replace-old-domain]] --out <directory> [--force]",
  "  npm run easel -- installer-preview --values <host values.yaml> [--root-domain <domain>] [--mode connected|airgap] [--disable-static-dex-users] [--json]",
  `  npm run --silent easel -- check --values <values.yaml> [--target <${TARGET_IDS.join("|")}>] [--chart-values <chart defaults.yaml>] [--format text|json|sarif] [--json] [--out <report>] [--strict]`,
  "  npm run easel -- redact --values <values.yaml> --out <copy to share> [--force]",
];

const COMMANDS: Record<string, (args: readonly string[], output: Output) => Promise<number>> = {
  init: initCommand,
  render: renderCommand,
  "installer-preview": installerPreviewCommand,
  check: checkCommand,
  redact: redactCommand,
};

/**
 * Easel's CLI: the same lib code as the form. Exit codes: 0 done, 1 invalid input (each problem
 * reported at its field, or a file refused with its reason), 2 wrong usage (an existing file
 * without --force included).
 */
export async function runCli(argv: readonly string[], output: Output): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    for (const line of USAGE) output.err(line);
    return 2;
  }
  try {
    return await command(args, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(error.message);
      for (const line of USAGE) output.err(line);
      return 2;
    }
    if (error instanceof FileRefusal || (error instanceof Error && errorCode(error))) {
      // A file that cannot or may not be read or written: its path and the reason, nothing more.
      output.err(error.message);
      return 1;
    }
    throw error;
  }
}
