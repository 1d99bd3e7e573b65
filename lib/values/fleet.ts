import type { FleetConfigValues, SpokeValues } from "@/lib/chart/values";
import {
  isHubAsSpoke,
  spokeSecretName,
  type FleetSection,
  type Spoke,
} from "@/lib/schemas/sections/fleet";

function spokeValues(spoke: Spoke): SpokeValues {
  const klusterlet = { forceInternalEndpointLookup: spoke.forceInternalEndpointLookup };
  if (isHubAsSpoke(spoke)) return { name: spoke.name, klusterlet, kubeconfig: { inCluster: true } };
  return {
    name: spoke.name,
    klusterlet,
    kubeconfig: {
      context: spoke.kubeconfig.context,
      inCluster: false,
      secretReference: { name: spokeSecretName(spoke), kubeconfigKey: spoke.kubeconfig.secretKey },
    },
  };
}

/**
 * `fleetConfig`: the hub's API server and one entry per spoke. Helm replaces lists whole, so the
 * hub-as-spoke entry states `kubeconfig.inCluster: true`, which the chart's own entry implies and
 * the guide's dedicated-spoke steps turn off.
 */
export function buildFleetValues(fleet: FleetSection): FleetConfigValues {
  return { hub: { apiServer: fleet.hubApiServer }, spokes: fleet.spokes.map(spokeValues) };
}
