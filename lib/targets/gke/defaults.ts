import { newConfigurationId } from "@/lib/schemas/sections/configuration-id-model";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { createInstallSections } from "@/lib/targets/install-defaults";

/**
 * A new GKE configuration: the guide's defaults, fresh random secrets, and one local admin user
 * whose password the browser hashes. Call it in the browser, like `createInstallSections`.
 */
export function createGkeDefaults(): GkeConfig {
  const sections = createInstallSections();
  return {
    target: "gke",
    configurationId: newConfigurationId(),
    ...sections,
    canvas: { ...sections.canvas, staticIpName: "" },
  };
}
