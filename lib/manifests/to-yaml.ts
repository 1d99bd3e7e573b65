import { renderYaml } from "@/lib/yaml/stringify";

/**
 * `manifests` as one multi-document YAML file, the header above the first document. At least one
 * manifest is needed: `kubectl apply -f` refuses a file without an object.
 */
export function renderManifests(manifests: readonly object[], header: readonly string[]): string {
  if (manifests.length === 0) throw new Error("A manifest file needs at least one object.");
  return manifests
    .map((manifest, index) => renderYaml(manifest, index === 0 ? { header } : {}))
    .join("---\n");
}
