import { profileProblems, renderProfile } from "@/lib/profile/profile";
import { findTarget, TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";

import { parseFlags, required, UsageError } from "./arguments";
import { checkOutputPaths, writeOutputFiles } from "./files";
import { hashPendingPasswords } from "./hash-passwords";
import type { Output } from "./output";

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
  const force = flags.switches.has("force");
  // Checked before the password is hashed, so a refusal comes at once; checked again on writing.
  await checkOutputPaths([out], force);
  const config = targetModule(target.id).createDefaults();
  config.global.domain = required(flags, "domain");
  const hubApiServer = flags.values.get("hub-api-server");
  if (hubApiServer !== undefined && "hubApiServer" in config.fleet) {
    config.fleet.hubApiServer = hubApiServer;
  }
  await hashPendingPasswords(config);
  const text = renderProfile(config, { includeSecrets: true });
  await writeOutputFiles([{ path: out, text, mode: 0o600 }], force);
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
