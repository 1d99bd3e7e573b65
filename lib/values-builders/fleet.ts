import type {
  FleetConfigValues,
  SpokeKubeconfigValues,
  SpokeValues,
} from "@/lib/chart/values-shape";
import { type FleetSection, type Spoke } from "@/lib/schemas/sections/fleet";
import { isHubAsSpoke, spokeSecretName } from "@/lib/schemas/sections/fleet-model";

function spokeKubeconfig(spoke: Spoke): SpokeKubeconfigValues {
  if (isHubAsSpoke(spoke)) return { inCluster: true };
  return {
    context: spoke.kubeconfig.context,
    inCluster: false,
    secretReference: { name: spokeSecretName(spoke), kubeconfigKey: spoke.kubeconfig.secretKey },
  };
}

/** One `fleetConfig.spokes[]` entry; a `registryEndpoint` is written only when given. */
export function buildSpokeValues(spoke: Spoke, registryEndpoint?: string): SpokeValues {
  return {
    name: spoke.name,
    klusterlet: { forceInternalEndpointLookup: spoke.forceInternalEndpointLookup },
    kubeconfig: spokeKubeconfig(spoke),
    ...(registryEndpoint === undefined ? {} : { ociRegistry: { endpoint: registryEndpoint } }),
  };
}

/**
 * `fleetConfig`: the hub's API server and one entry per spoke. Helm replaces lists whole, so the
 * hub-as-spoke entry states `kubeconfig.inCluster: true`, which the chart's own entry implies and
 * the guide's dedicated-spoke steps turn off. A `registryEndpoint` (when the chart cannot derive
 * it) goes to every spoke and to the values pushed to spokes, as the guide lists.
 */
export function buildFleetValues(
  fleet: FleetSection,
  registryEndpoint?: string,
): FleetConfigValues {
  return {
    hub: { apiServer: fleet.hubApiServer },
    spokes: fleet.spokes.map((spoke) => buildSpokeValues(spoke, registryEndpoint)),
    ...(registryEndpoint === undefined
      ? {}
      : { spokeValuesOverrides: { hue: { ociRegistry: { endpoint: registryEndpoint } } } }),
  };
}
