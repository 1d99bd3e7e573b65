import { renderYaml } from "@/lib/yaml/render";

/** `manifests` as one multi-document YAML file, the header above the first document. */
export function renderManifests(manifests: readonly object[], header: readonly string[]): string {
  if (manifests.length === 0) {
    return renderYaml(null, { header: [...header, "This configuration needs no Secret."] });
  }
  return manifests
    .map((manifest, index) => renderYaml(manifest, index === 0 ? { header } : {}))
    .join("---\n");
}
