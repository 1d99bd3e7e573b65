import { basename, join } from "node:path";

import { buildInstallFiles } from "@/lib/downloads/install-files";
import { buildInstallReadme } from "@/lib/downloads/install-readme";
import { importValues, type ImportedValues } from "@/lib/import/import-values";
import { profileProblems, profileWarnings, readProfile } from "@/lib/profile/profile";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetModule } from "@/lib/targets/modules";
import {
  GUIDE_USERS_PUBLIC_PASSWORDS,
  keepsPublicGuidePasswords,
} from "@/lib/values-builders/guide-registry-users";

import { parseFlags, required } from "./arguments";
import { prepareOutputDirectory, readInputFile, writeOutputFiles, type OutputFile } from "./files";
import { hashPendingPasswords } from "./hash-passwords";
import { oldDomainStep, REPLACE_OLD_DOMAIN } from "./old-domain-step";
import { reportProblems, type Output } from "./output";

/** The existing values file the profile's values are written into, or a problem. */
async function readExisting(
  path: string,
  config: TargetConfig,
  output: Output,
): Promise<ImportedValues | undefined> {
  const reading = importValues(
    targetModule(config.target),
    basename(path),
    await readInputFile(path),
    config,
  );
  if ("problem" in reading) {
    reportProblems(output, path, [{ path: "", message: reading.problem }]);
    return undefined;
  }
  for (const warning of reading.imported.warnings) {
    output.err(`${path}, line ${warning.line}: ${warning.message}`);
  }
  return reading.imported;
}

/** The bundle's files in `outDir`, each readable by its owner only. */
function outputFiles(outDir: string, files: Record<string, string>): OutputFile[] {
  // secrets.yaml and values.yaml hold credentials: readable by their owner only (the README too,
  // which names the local users); install.sh is also executable by its owner.
  return Object.entries(files).map(([name, text]) => ({
    path: join(outDir, name),
    text,
    mode: name === "install.sh" ? 0o700 : 0o600,
  }));
}

/**
 * `render --profile <profile.yaml> [--values <existing values.yaml> [--replace-old-domain]]
 * --out <dir> [--force]`: writes values.yaml, secrets.yaml, install.sh and the README.md of the
 * next steps from a profile, exactly as the form's bundle holds them, warning on stderr where the
 * form would warn beside a field. With `--values`, values.yaml is that
 * file with the profile's settings written in; values still naming the file's old domain are
 * warned about, and replaced only with the flag. Files already in `<dir>` are replaced only with
 * `--force` (writing into the very file `--values` names included).
 */
export async function renderCommand(args: readonly string[], output: Output): Promise<number> {
  const flags = parseFlags(args, {
    values: ["profile", "values", "out"],
    switches: [REPLACE_OLD_DOMAIN, "force"],
  });
  const profilePath = required(flags, "profile");
  const outDir = required(flags, "out");
  const reading = readProfile(await readInputFile(profilePath));
  if ("problems" in reading) {
    reportProblems(output, profilePath, reading.problems);
    return 1;
  }
  const { config } = reading;
  await hashPendingPasswords(config);
  const problems = profileProblems(config);
  if (problems.length > 0) {
    reportProblems(output, profilePath, problems);
    return 1;
  }
  for (const warning of profileWarnings(config)) {
    output.err(`${profilePath}: ${warning.path}: ${warning.message}`);
  }
  const valuesPath = flags.values.get("values");
  const existing = valuesPath ? await readExisting(valuesPath, config, output) : undefined;
  if (valuesPath && !existing) return 1;
  const replace = flags.switches.has(REPLACE_OLD_DOMAIN);
  const input =
    valuesPath && existing
      ? oldDomainStep(valuesPath, existing, config, replace, output)
      : { imported: undefined, config };
  const generatedAt = new Date();
  const files = {
    ...buildInstallFiles(targetModule(config.target), input.config, generatedAt, input.imported),
    "README.md": buildInstallReadme(input.config, generatedAt),
  };
  const outputs = outputFiles(outDir, files);
  await prepareOutputDirectory(outDir);
  await writeOutputFiles(outputs, flags.switches.has("force"));
  for (const { path } of outputs) output.out(`Wrote ${path}`);
  if ("registry" in input.config && keepsPublicGuidePasswords(input.config.registry)) {
    output.err(
      `Warning: ${GUIDE_USERS_PUBLIC_PASSWORDS} To replace them, set registry.keepGuideUsers to false and list admin and user under registry.users with new passwords (or use "Give the guide's registry users new passwords" in the form).`,
    );
  }
  return 0;
}
