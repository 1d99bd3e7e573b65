import type { ApplianceValues } from "@/lib/chart/values-shape";
import { writtenLocalUsers } from "@/lib/schemas/sections/identity-model";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";
import { buildCanvasCustomValues } from "@/lib/values-builders/canvas";
import { buildDexVolumes, buildStaticPasswords, connectorValues } from "@/lib/values-builders/dex";
import { usesGoogleServiceAccount } from "@/lib/values-builders/dex-connectors";
import { buildSpokeValues } from "@/lib/values-builders/fleet";

/**
 * The appliance's host values: the metrics agent settings, the spokes, Canvas branding and
 * impersonation, and local users. No installer-managed field is written, since the installer
 * would override it. Spokes carry no registry endpoint: the installer generates what spokes pull.
 */
export function buildApplianceValues(config: ApplianceConfig): ApplianceValues {
  const { metrics, domain } = config.global;
  const canvas = buildCanvasCustomValues(config.canvas);
  const { connectors } = config.identity;
  const users = writtenLocalUsers(config.identity);
  const dexConfig = {
    ...connectorValues(connectors, domain),
    ...(users.length > 0 ? { staticPasswords: buildStaticPasswords(users, domain) } : {}),
  };
  // The chart's own volumes stay unless the Google key must be mounted beside them.
  const volumes = usesGoogleServiceAccount(connectors) ? buildDexVolumes(connectors) : {};
  return {
    global: {
      metrics: {
        timeout: metrics.timeout,
        scrapeInterval: metrics.scrapeInterval,
        agentType: metrics.agentType,
      },
    },
    fleetConfig: { spokes: config.fleet.spokes.map((spoke) => buildSpokeValues(spoke)) },
    ...(Object.keys(canvas).length > 0 ? { canvas } : {}),
    ...(Object.keys(dexConfig).length > 0 ? { dex: { config: dexConfig, ...volumes } } : {}),
  };
}
