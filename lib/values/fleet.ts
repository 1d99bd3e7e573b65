import type { FleetConfigValues, SpokeValues } from "@/lib/chart/values";
import {
  isHubAsSpoke,
  spokeSecretName,
  type FleetSection,
  type Spoke,
} from "@/lib/schemas/sections/fleet";

function spokeValues(spoke: Spoke, registryEndpoint: string | undefined): SpokeValues {
  const klusterlet = { forceInternalEndpointLookup: spoke.forceInternalEndpointLookup };
  const ociRegistry =
    registryEndpoint === undefined ? {} : { ociRegistry: { endpoint: registryEndpoint } };
  if (isHubAsSpoke(spoke)) {
    return { name: spoke.name, klusterlet, kubeconfig: { inCluster: true }, ...ociRegistry };
  }
  return {
    name: spoke.name,
    klusterlet,
    kubeconfig: {
      context: spoke.kubeconfig.context,
      inCluster: false,
      secretReference: { name: spokeSecretName(spoke), kubeconfigKey: spoke.kubeconfig.secretKey },
    },
    ...ociRegistry,
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
    spokes: fleet.spokes.map((spoke) => spokeValues(spoke, registryEndpoint)),
    ...(registryEndpoint === undefined
      ? {}
      : { spokeValuesOverrides: { hue: { ociRegistry: { endpoint: registryEndpoint } } } }),
  };
}
