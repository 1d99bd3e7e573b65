import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import type { FleetConfigValues } from "@/lib/chart/values";
import type { FleetSection } from "@/lib/schemas/sections/fleet";

/**
 * `fleetConfig` for the hub-as-spoke pattern. Helm replaces lists whole, so the spoke entry also
 * states `kubeconfig.inCluster: true`, which the chart's own entry implies and the guide's
 * dedicated-spoke steps turn off.
 */
export function buildFleetValues(fleet: FleetSection): FleetConfigValues {
  return {
    hub: { apiServer: fleet.hubApiServer },
    spokes: [
      {
        name: HUB_AS_SPOKE_NAME,
        klusterlet: { forceInternalEndpointLookup: fleet.hubAsSpoke.forceInternalEndpointLookup },
        kubeconfig: { inCluster: true },
      },
    ],
  };
}
