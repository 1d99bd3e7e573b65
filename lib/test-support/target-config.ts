import type { ConfigOf } from "@/lib/schemas/targets";
import { TARGET_MODULES } from "@/lib/targets/modules";
import type { TargetId } from "@/lib/targets/registry";

import { SAMPLE_DEX_HASH } from "./gke-config";

/** A valid configuration of `target`, as an admin leaves it after the fields with no default. */
export function validConfig<T extends TargetId>(target: T): ConfigOf<T> {
  const config = TARGET_MODULES[target].createDefaults() as ConfigOf<T>;
  config.global.domain = "paletteai.example.org";
  if ("hubApiServer" in config.fleet) config.fleet.hubApiServer = "https://34.118.0.10";
  for (const user of config.identity.localUsers) user.hash = SAMPLE_DEX_HASH;
  return config;
}
