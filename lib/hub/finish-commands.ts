import type { TargetConfig } from "@/lib/schemas/targets";
import { targetModule } from "@/lib/targets/modules";

import { VALUES_SECRET } from "./hub-plan";

/**
 * What the admin runs after Easel applied the Secrets when Flux is not there to install the
 * charts: the values back out of the hub's values Secret, then the target's own steps (the docs'
 * two charts in order, or the appliance's merge).
 */
export function finishCommands(config: TargetConfig): string[] {
  const readValues = `kubectl get secret ${VALUES_SECRET.name} --namespace ${VALUES_SECRET.namespace} -o jsonpath='{.data.values\\.yaml}' | base64 -d > values.yaml`;
  return [readValues, ...targetModule(config.target).downloads.finishCommands(config.install)];
}
