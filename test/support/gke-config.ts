import type { GkeConfig } from "@/lib/schemas/targets/gke";

import { validConfig } from "./target-config";

/** A complete, valid GKE configuration as an admin would leave it after the two required fields. */
export function validGkeConfig(
  overrides: { domain?: string; hubApiServer?: string } = {},
): GkeConfig {
  return validConfig("gke", overrides);
}
