import { RELEASE_NAMESPACE } from "@/lib/chart/constants";

import { namespaceManifest, type Manifest } from "./kubernetes-object";
import { renderManifests } from "./to-yaml";

/** Said in secrets.yaml's header when the configuration needs no Secret. */
export const NO_SECRET_NOTE =
  "This configuration needs no Secret: the file holds only PaletteAI's Namespace.";

/**
 * What secrets.yaml holds: the install's Namespaces and Secrets or, with no Secret needed,
 * PaletteAI's Namespace (which the charts' install creates anyway), so that `kubectl apply -f
 * secrets.yaml`, as its header says, always has an object to apply: kubectl refuses a file
 * without one, and a `null` document counts as none.
 */
export function secretsFileManifests(manifests: readonly Manifest[]): readonly Manifest[] {
  return manifests.length > 0 ? manifests : [namespaceManifest(RELEASE_NAMESPACE)];
}

/** secrets.yaml's text: `manifests` (the install's, maybe none) under `header`. */
export function renderSecretsFile(
  manifests: readonly Manifest[],
  header: readonly string[],
): string {
  const note = manifests.length > 0 ? [] : [NO_SECRET_NOTE];
  return renderManifests(secretsFileManifests(manifests), [...header, ...note]);
}
