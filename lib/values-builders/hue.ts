import type { MuralValues } from "@/lib/chart/values-shape";
import { type RegistrySection } from "@/lib/schemas/sections/registry";
import { explicitRegistryEndpoint } from "@/lib/schemas/sections/registry-model";

/**
 * `hue`, the hub side of the registry: written only when the chart cannot derive the endpoint
 * (Zot on its own load balancer, or an external registry), with the same endpoint the spokes get.
 */
export function buildHueValues(registry: RegistrySection): Pick<MuralValues, "hue"> {
  const endpoint = explicitRegistryEndpoint(registry);
  return endpoint === undefined ? {} : { hue: { ociRegistry: { endpoint } } };
}
