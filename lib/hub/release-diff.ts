import { diffLines } from "diff";
import { stringify } from "yaml";

import type { RenderedChange, RenderedDiff, RenderedHook, RenderedRef } from "./helm-release";
import { secretKeyChanges } from "./object-diff";
import {
  hookEvents,
  identityOf,
  readRenderedObjects,
  type RenderedObject,
} from "./rendered-objects";
import type { DiffLine } from "./results";

/** A manifest Helm printed that Easel cannot read: its sentence is safe to show (no values). */
export class RenderedManifestError extends Error {
  override name = "RenderedManifestError";
}

// The order Helm installs kinds in (Helm's InstallOrder); kinds it does not list come after.
const INSTALL_ORDER = [
  "PriorityClass",
  "Namespace",
  "NetworkPolicy",
  "ResourceQuota",
  "LimitRange",
  "PodSecurityPolicy",
  "PodDisruptionBudget",
  "ServiceAccount",
  "Secret",
  "SecretList",
  "ConfigMap",
  "StorageClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleList",
  "ClusterRoleBinding",
  "ClusterRoleBindingList",
  "Role",
  "RoleList",
  "RoleBinding",
  "RoleBindingList",
  "Service",
  "DaemonSet",
  "Pod",
  "ReplicationController",
  "ReplicaSet",
  "Deployment",
  "HorizontalPodAutoscaler",
  "StatefulSet",
  "Job",
  "CronJob",
  "IngressClass",
  "Ingress",
  "APIService",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
];

function installRank(kind: string): number {
  const rank = INSTALL_ORDER.indexOf(kind);
  return rank === -1 ? INSTALL_ORDER.length : rank;
}

function byInstallOrder(a: RenderedChange, b: RenderedChange): number {
  return (
    installRank(a.ref.kind) - installRank(b.ref.kind) ||
    a.ref.kind.localeCompare(b.ref.kind) ||
    (a.ref.namespace ?? "").localeCompare(b.ref.namespace ?? "") ||
    a.ref.name.localeCompare(b.ref.name)
  );
}

function readOrThrow(text: string, what: string): RenderedObject[] {
  const reading = readRenderedObjects(text, what);
  if ("problem" in reading) throw new RenderedManifestError(reading.problem);
  return reading.objects;
}

/**
 * The release's own objects: hooks left out, as `helm get manifest` leaves them out (Helm keeps
 * them apart and runs them at each event), or every preview would say they are created.
 */
function objectsOf(text: string, what: string): Map<string, RenderedObject> {
  return new Map(
    readOrThrow(text, what)
      .filter((object) => hookEvents(object.object).length === 0)
      .map((object) => [identityOf(object.ref), object]),
  );
}

/**
 * The hooks a render holds, with the events Helm runs each at, for the preview to list. Throws
 * `RenderedManifestError` when the manifest cannot be read.
 */
export function releaseHooks(rendered: string): RenderedHook[] {
  return readOrThrow(rendered, "rendered manifest").flatMap((object) => {
    const events = hookEvents(object.object);
    return events.length === 0 ? [] : [{ ref: object.ref, events }];
  });
}

function isSecret(ref: RenderedRef): boolean {
  return ref.kind === "Secret" && !ref.apiVersion.includes("/");
}

function decodedBase64(encoded: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: false }).decode(
      Uint8Array.from(atob(encoded.replace(/\s/g, "")), (char) => char.charCodeAt(0)),
    );
  } catch {
    // Not base64: the API server would refuse it; compared as written, it still changes or not.
    return `not base64: ${encoded}`;
  }
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A Secret's keys and their content, as the API server stores them: `data` decoded from base64,
 * `stringData` as written and winning over `data` for the same key. Compared, never shown.
 */
function secretContent(object: Record<string, unknown>): Record<string, string> {
  const content: Record<string, string> = {};
  const { data, stringData } = object;
  if (typeof data === "object" && data !== null) {
    for (const [key, value] of Object.entries(data)) content[key] = decodedBase64(textOf(value));
  }
  if (typeof stringData === "object" && stringData !== null) {
    for (const [key, value] of Object.entries(stringData)) content[key] = textOf(value);
  }
  return content;
}

function canonical(object: Record<string, unknown>): string {
  return stringify(object, { sortMapEntries: true });
}

/** Everything of a Secret but its data, to tell a change of its labels or type from none. */
function secretShell(object: Record<string, unknown>): string {
  const { data: _data, stringData: _stringData, ...shell } = object;
  return canonical(shell);
}

function linesOf(text: string): string[] {
  return text === "" ? [] : text.replace(/\n$/, "").split("\n");
}

function wholeObjectLines(before: Record<string, unknown>, after: Record<string, unknown>) {
  return diffLines(canonical(before), canonical(after)).flatMap((part) =>
    linesOf(part.value).map((text): DiffLine => ({
      op: part.added ? "add" : part.removed ? "remove" : "same",
      text,
    })),
  );
}

function changeOf(deployed: RenderedObject, rendered: RenderedObject): RenderedChange {
  const ref = rendered.ref;
  if (isSecret(ref)) {
    const before = secretContent(deployed.object);
    const after = secretContent(rendered.object);
    const keys = secretKeyChanges(before, after);
    const isSame =
      keys.every((key) => key.change === "unchanged") &&
      secretShell(deployed.object) === secretShell(rendered.object);
    if (isSame) return { ref, change: "unchanged" };
    const diff: RenderedDiff = { kind: "secret-keys", keys };
    return { ref, change: "change", diff };
  }
  if (canonical(deployed.object) === canonical(rendered.object))
    return { ref, change: "unchanged" };
  return {
    ref,
    change: "change",
    diff: { kind: "lines", lines: wholeObjectLines(deployed.object, rendered.object) },
  };
}

/**
 * What installing or upgrading a release does to each object: `rendered` (the chart with the
 * configured values) against `deployed` (the release's own manifest; absent before the first
 * install). Ordered as Helm installs kinds, then by namespace and name. A Secret's change names
 * only its keys; any other object's change is a line diff of the whole object. Throws
 * `RenderedManifestError` when either manifest cannot be read.
 */
export function releaseChanges(deployed: string | undefined, rendered: string): RenderedChange[] {
  const before = deployed === undefined ? new Map() : objectsOf(deployed, "deployed manifest");
  const after = objectsOf(rendered, "rendered manifest");
  const changes: RenderedChange[] = [];
  for (const [identity, object] of after) {
    const previous = before.get(identity);
    changes.push(previous ? changeOf(previous, object) : { ref: object.ref, change: "create" });
  }
  for (const [identity, object] of before) {
    if (!after.has(identity)) changes.push({ ref: object.ref, change: "delete" });
  }
  return changes.sort(byInstallOrder);
}

/** An object by kind and name, and namespace when it names one (as Easel's own refs do). */
export type NamedRef = { kind: string; name: string; namespace?: string };

function isSameObject(rendered: RenderedRef, own: NamedRef): boolean {
  // A chart's object without a namespace goes into the release's, where Easel applies its own.
  const isSameNamespace =
    rendered.namespace === undefined ||
    own.namespace === undefined ||
    rendered.namespace === own.namespace;
  return rendered.kind === own.kind && rendered.name === own.name && isSameNamespace;
}

/**
 * The changes without the objects Easel applies itself (its Secrets and values Secret): those
 * are shown once, in Easel's own plan.
 */
export function withoutObjects(
  changes: readonly RenderedChange[],
  refs: readonly NamedRef[],
): RenderedChange[] {
  return changes.filter((change) => !refs.some((ref) => isSameObject(change.ref, ref)));
}

// Kept beside the types so the panel can ask without loading the diff code; exported here too,
// beside the changes it reads.
export { isRenderedNoChange } from "./helm-release";
