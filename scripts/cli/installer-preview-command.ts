import type { Consequence } from "@/lib/appliance-installer/consequences";
import type { ManagedFieldReport } from "@/lib/appliance-installer/installer-merge";
import { previewInstaller, readHostFile } from "@/lib/appliance-installer/installer-preview";
import { DEPLOYMENT_MODES, type DeploymentMode } from "@/lib/appliance-installer/local-ui-settings";

import { parseFlags, required, UsageError } from "./arguments";
import { readInputFile } from "./files";
import { reportProblems, type Output } from "./output";

function isDeploymentMode(value: string): value is DeploymentMode {
  return (DEPLOYMENT_MODES as readonly string[]).includes(value);
}

function shown(value: unknown): string {
  return value === null ? "-" : JSON.stringify(value);
}

/** The report as a table a person reads in a terminal. */
function table(fields: readonly ManagedFieldReport[]): string[] {
  const rows = fields.map((field) => [
    field.path,
    field.layer,
    field.applies ? "yes" : `no (${field.condition})`,
    shown(field.userValue),
    shown(field.finalValue),
    field.userEditIgnored ? "customer edit ignored" : "",
  ]);
  const header = ["field", "layer", "applies", "customer's value", "final value", ""];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The consequences as the page lists them: the field, what happens, and the fix. */
function consequenceLines(consequences: readonly Consequence[]): string[] {
  if (consequences.length === 0) return ["Consequences: none found."];
  return [
    "Consequences:",
    ...consequences.flatMap((item) => [`- ${item.path}: ${item.message}`, `  Fix: ${item.fix}`]),
  ];
}

/**
 * `installer-preview --values <file> [--root-domain <d>] [--mode connected|airgap]
 * [--disable-static-dex-users] [--json]`: what the appliance installer makes of a host values
 * file, as the support page shows it.
 */
export async function installerPreviewCommand(
  args: readonly string[],
  output: Output,
): Promise<number> {
  const flags = parseFlags(args, {
    values: ["values", "root-domain", "mode"],
    switches: ["disable-static-dex-users", "json"],
  });
  const path = required(flags, "values");
  const mode = flags.values.get("mode") ?? "connected";
  if (!isDeploymentMode(mode)) throw new UsageError("--mode must be connected or airgap.");
  const settings = {
    rootDomain: flags.values.get("root-domain") ?? "",
    mode,
    staticUsersDisabled: flags.switches.has("disable-static-dex-users"),
  };
  const host = readHostFile(await readInputFile(path));
  if ("problem" in host) {
    reportProblems(output, path, [{ path: "", message: host.problem }]);
    return 1;
  }
  const { merge, consequences } = previewInstaller(host, settings, new Date());
  const { fields, finalValues } = merge;
  if (flags.switches.has("json")) {
    output.out(JSON.stringify({ fields, finalValues, consequences }));
    return 0;
  }
  for (const line of table(fields)) output.out(line);
  const ignored = fields.filter((field) => field.userEditIgnored).length;
  output.out("");
  output.out(`${ignored} of the customer's edits to managed fields are ignored.`);
  output.out("");
  for (const line of consequenceLines(consequences)) output.out(line);
  return 0;
}
