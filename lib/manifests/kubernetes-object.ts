/** The Kubernetes objects Easel writes: plain data, rendered to YAML or applied as is. */

/**
 * The label on every object Easel writes, in the downloaded files as on the hub: the hub tells
 * Easel's own objects from the ones it must not change by it.
 */
export const EASEL_LABELS = { "app.kubernetes.io/managed-by": "easel" } as const;

export type NamespaceManifest = {
  apiVersion: "v1";
  kind: "Namespace";
  metadata: { name: string; labels: Record<string, string> };
};

export type SecretManifest = {
  apiVersion: "v1";
  kind: "Secret";
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    annotations?: Record<string, string>;
  };
  type: "Opaque";
  /** Base64 values, as `kubectl create secret generic` writes them. */
  data: Record<string, string>;
};

export type Manifest = NamespaceManifest | SecretManifest;

export function namespaceManifest(name: string): NamespaceManifest {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { ...EASEL_LABELS } } };
}

/** Base64 of the UTF-8 bytes of `text`, in the browser and in Node alike. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** An Opaque Secret holding `entries` (key → text), as `kubectl create secret generic` makes it. */
export function opaqueSecret(
  name: string,
  namespace: string,
  entries: Record<string, string>,
): SecretManifest {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name, namespace, labels: { ...EASEL_LABELS } },
    type: "Opaque",
    data: Object.fromEntries(Object.entries(entries).map(([key, text]) => [key, base64Utf8(text)])),
  };
}
