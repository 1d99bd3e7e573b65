import { newConfigurationId } from "@/lib/schemas/sections/configuration-id-model";
import { newHubAsSpoke } from "@/lib/schemas/sections/fleet-model";
import { newInstallSection } from "@/lib/schemas/sections/install-model";
import { newIntegrationsSection } from "@/lib/schemas/sections/integrations-model";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";
import { newCanvasCustomisation, newLocalUser } from "@/lib/targets/install-defaults";

/**
 * A new appliance configuration: the appliance guide's metrics defaults, hub-as-spoke, and one
 * local admin user whose password the browser hashes, replacing the default admin@example.com.
 * Call it in the browser, so the generated password never travels in the page's HTML.
 */
export function createApplianceDefaults(): ApplianceConfig {
  return {
    target: "appliance",
    configurationId: newConfigurationId(),
    global: {
      domain: "",
      metrics: { timeout: "5s", scrapeInterval: "15s", agentType: "prometheus-agent-minimal" },
    },
    fleet: { spokes: [newHubAsSpoke()] },
    canvas: newCanvasCustomisation(),
    identity: { staticUsersDisabled: false, connectors: [], localUsers: [newLocalUser("admin")] },
    install: newInstallSection(),
    integrations: newIntegrationsSection(),
  };
}
