import { access, writeFile } from "node:fs/promises";

import { profileProblems, renderProfile } from "@/lib/profile/profile";
import { targetModule } from "@/lib/targets/modules";
import { findTarget, TARGET_IDS } from "@/lib/targets/registry";

import { parseFlags, required, UsageError } from "./arguments";
import { hashPendingPasswords } from "./hash-passwords";
import type { Output } from "./output";

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * `init --target <t> --domain <d> --out <profile.yaml> [--hub-api-server <url>] [--force]`: a
 * starter profile with the target's defaults, freshly generated secrets and a local admin whose
 * generated password is hashed, the same configuration a new form starts with.
 */
export async function initCommand(args: readonly string[], output: Output): Promise<number> {
  const flags = parseFlags(args, {
    values: ["target", "domain", "out", "hub-api-server"],
    switches: ["force"],
  });
  const targetId = required(flags, "target");
  const target = findTarget(targetId);
  if (!target) throw new UsageError(`--target must be one of ${TARGET_IDS.join(", ")}.`);
  const out = required(flags, "out");
  if (!flags.switches.has("force") && (await exists(out))) {
    throw new UsageError(`${out} exists; pass --force to replace it.`);
  }
  const config = targetModule(target.id).createDefaults();
  config.global.domain = required(flags, "domain");
  const hubApiServer = flags.values.get("hub-api-server");
  if (hubApiServer !== undefined && "hubApiServer" in config.fleet) {
    config.fleet.hubApiServer = hubApiServer;
  }
  await hashPendingPasswords(config);
  await writeFile(out, renderProfile(config, { includeSecrets: true }), { mode: 0o600 });
  output.out(
    `Wrote ${out}, a profile for ${target.name}. It holds generated secrets: keep it private.`,
  );
  const problems = profileProblems(config);
  if (problems.length > 0) {
    output.out("Still to fill in before rendering:");
    for (const problem of problems) output.out(`  ${problem.path}: ${problem.message}`);
  }
  output.out(`Then: npm run easel -- render --profile ${out} --out <directory>`);
  return 0;
}
