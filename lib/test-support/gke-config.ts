import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { createGkeDefaults } from "@/lib/targets/gke/defaults";

/** A valid bcrypt hash at cost 12 (of "correct horse battery staple"), for tests that need one. */
export const SAMPLE_DEX_HASH = "$2b$12$cGJ.JoO/sz5H05dcgWctyehIWC8u9sCK1BFM1XMF252tv0dLVcTyS";

/** A complete, valid GKE configuration as an admin would leave it after the two required fields. */
export function validGkeConfig(
  overrides: { domain?: string; hubApiServer?: string } = {},
): GkeConfig {
  const config = createGkeDefaults();
  config.global.domain = overrides.domain ?? "paletteai.example.org";
  config.fleet.hubApiServer = overrides.hubApiServer ?? "https://34.118.0.10";
  for (const user of config.identity.localUsers) user.hash = SAMPLE_DEX_HASH;
  return config;
}
