import { parseUntrustedYaml, type TextProblem } from "@/lib/yaml/parse-untrusted";

import type { RenderedRef } from "./helm-release";

/**
 * A chart's whole render is larger than an upload (CRDs run to hundreds of KiB each), yet it came
 * from a chart Easel did not write, so it is still read with a cap.
 */
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

/** One object of a release's manifest, with the template it came from when Helm named it. */
export type RenderedObject = {
  ref: RenderedRef;
  object: Record<string, unknown>;
  source?: string;
};

export type ManifestReading = { objects: RenderedObject[] } | TextProblem;

// Helm joins documents with a line `---` (then `# Source: <chart>/templates/<file>`).
const DOCUMENT_SEPARATOR = /^---[ \t]*(?:#.*)?$/m;
const SOURCE_LINE = /^# Source: (.+)$/m;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function refOf(value: Record<string, unknown>): RenderedRef | undefined {
  const apiVersion = nonEmptyString(value.apiVersion);
  const kind = nonEmptyString(value.kind);
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = nonEmptyString(metadata.name);
  if (!apiVersion || !kind || !name) return undefined;
  const namespace = nonEmptyString(metadata.namespace);
  return namespace ? { apiVersion, kind, name, namespace } : { apiVersion, kind, name };
}

/** The events Helm runs an object at when it is a hook; none for an object of the release. */
export function hookEvents(object: Record<string, unknown>): string[] {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
  const hook = annotations["helm.sh/hook"];
  if (typeof hook !== "string") return [];
  return hook
    .split(",")
    .map((event) => event.trim())
    .filter((event) => event !== "");
}

/** How the admin reads a rendered object's identity: `ConfigMap mural-system/mural-settings`. */
export function describeRendered(ref: RenderedRef): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}`;
}

/**
 * Which object a ref is, as Helm matches a release's objects between revisions: by API group,
 * kind, namespace and name (not version, so an object moved to a newer API version is changed,
 * not deleted and created).
 */
export function identityOf(ref: RenderedRef): string {
  const group = ref.apiVersion.includes("/") ? ref.apiVersion.split("/")[0] : "";
  return `${group}/${ref.kind}/${ref.namespace ?? ""}/${ref.name}`;
}

/**
 * Reads a release's manifest (`helm get manifest`, or what a render or dry run prints): every
 * document an object with its ref, empty documents skipped. Helm's output comes from a chart
 * Easel does not control, so it is parsed with the limits of untrusted YAML; a document that is
 * not a Kubernetes object, or an object rendered twice, makes the whole manifest a problem.
 */
export function readRenderedObjects(text: string, what: string): ManifestReading {
  if (text.length > MANIFEST_MAX_BYTES) {
    return {
      problem: `The ${what} is ${Math.ceil(text.length / 1024)} KiB; Easel reads at most ${MANIFEST_MAX_BYTES / 1024} KiB.`,
    };
  }
  const objects: RenderedObject[] = [];
  const seen = new Set<string>();
  const documents = text.split(DOCUMENT_SEPARATOR);
  for (const [index, document] of documents.entries()) {
    const source = SOURCE_LINE.exec(document)?.[1]?.trim();
    const place = `document ${index + 1}${source ? ` (${source})` : ""} of the ${what}`;
    const reading = parseUntrustedYaml(document, place, { maxBytes: MANIFEST_MAX_BYTES });
    if ("problem" in reading) return { problem: reading.problem };
    if (reading.value === null || reading.value === undefined) continue;
    const ref = isRecord(reading.value) ? refOf(reading.value) : undefined;
    if (!isRecord(reading.value) || !ref) {
      return {
        problem: `Document ${index + 1}${source ? ` (${source})` : ""} of the ${what} is not a Kubernetes object: it needs apiVersion, kind and metadata.name.`,
      };
    }
    const identity = identityOf(ref);
    if (seen.has(identity)) {
      return { problem: `The ${what} renders ${describeRendered(ref)} twice.` };
    }
    seen.add(identity);
    objects.push({ ref, object: reading.value, ...(source ? { source } : {}) });
  }
  return { objects };
}
