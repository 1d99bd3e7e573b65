import { CHART_REPOSITORY, RELEASE_NAMESPACE } from "@/lib/chart/constants";
import type { TargetConfig } from "@/lib/schemas/targets";
import { APPLIANCE_VALUES_PATH } from "@/lib/targets/appliance/module";

import { installsCharts, VALUES_SECRET } from "./hub-plan";

/**
 * What the admin runs after Easel applied the Secrets when Flux is not there to install the
 * charts: the values back out of the hub's values Secret, then the docs' two charts in order.
 */
export function finishCommands(config: TargetConfig): string[] {
  const readValues = `kubectl get secret ${VALUES_SECRET.name} --namespace ${VALUES_SECRET.namespace} -o jsonpath='{.data.values\\.yaml}' | base64 -d > values.yaml`;
  if (!installsCharts(config.target)) {
    return [
      readValues,
      `# On the node labelled palette.ai/helm-config: "true", merge values.yaml into ${APPLIANCE_VALUES_PATH}.`,
    ];
  }
  const { crdsVersion, muralVersion } = config.install;
  return [
    readValues,
    `helm upgrade --install mural-crds ${CHART_REPOSITORY}/mural-crds --version ${crdsVersion} --namespace ${RELEASE_NAMESPACE} --wait`,
    `helm upgrade --install mural ${CHART_REPOSITORY}/mural --version ${muralVersion} --namespace ${RELEASE_NAMESPACE} --values values.yaml --wait`,
  ];
}
