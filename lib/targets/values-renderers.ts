import { applianceRenderer } from "./appliance/renderer";
import type { TargetId } from "./catalog";
import { gkeRenderer } from "./gke/renderer";
import { ingressTargetRenderer } from "./ingress-target/renderer";
import type { ValuesRenderer } from "./target-module";

/**
 * Every target's values.yaml writer, by id, without the schemas: what the preview needs to show a
 * file, which it does long before anything is checked.
 */
const VALUES_RENDERERS: { [T in TargetId]: ValuesRenderer<T> } = {
  gke: gkeRenderer,
  eks: ingressTargetRenderer("eks"),
  "aws-iaas": ingressTargetRenderer("aws-iaas"),
  kubernetes: ingressTargetRenderer("kubernetes"),
  appliance: applianceRenderer,
};

/** The values.yaml writer of `id`, typed for code that handles any target. */
export function valuesRenderer(id: TargetId): ValuesRenderer {
  return VALUES_RENDERERS[id] as ValuesRenderer;
}
