import type { ConfigOf } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { TARGET_MODULES } from "@/lib/targets/modules";

/** A valid bcrypt hash at cost 12 (of "correct horse battery staple"), for tests that need one. */
export const SAMPLE_DEX_HASH = "$2b$12$cGJ.JoO/sz5H05dcgWctyehIWC8u9sCK1BFM1XMF252tv0dLVcTyS";

/** A valid configuration of `target`, as an admin leaves it after the fields with no default. */
export function validConfig<T extends TargetId>(
  target: T,
  overrides: { domain?: string; hubApiServer?: string } = {},
): ConfigOf<T> {
  const config = TARGET_MODULES[target].createDefaults() as ConfigOf<T>;
  config.global.domain = overrides.domain ?? "paletteai.example.org";
  if ("hubApiServer" in config.fleet) {
    config.fleet.hubApiServer = overrides.hubApiServer ?? "https://34.118.0.10";
  }
  for (const user of config.identity.localUsers) user.hash = SAMPLE_DEX_HASH;
  return config;
}
