import type { ApplianceValues } from "@/lib/chart/values";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";
import { buildCanvasCustomValues } from "@/lib/values/canvas";
import { buildStaticPasswords } from "@/lib/values/dex";
import { buildSpokeValues } from "@/lib/values/fleet";

/**
 * The appliance's host values: the metrics agent settings, the spokes, Canvas branding and
 * impersonation, and local users. No installer-managed field is written, since the installer
 * would override it. Spokes carry no registry endpoint: the installer generates what spokes pull.
 */
export function buildApplianceValues(config: ApplianceConfig): ApplianceValues {
  const { metrics, domain } = config.global;
  const canvas = buildCanvasCustomValues(config.canvas);
  const users = config.identity.staticUsersDisabled ? [] : config.identity.localUsers;
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
    ...(users.length > 0
      ? { dex: { config: { staticPasswords: buildStaticPasswords(users, domain) } } }
      : {}),
  };
}
