import { isReservedNamespace, RESERVED_NAMESPACES } from "@/lib/validation/reserved-namespaces";

import type { HelmFound } from "./helm-release";
import type { ObjectRef } from "./object-ref";
import type { Preflight } from "./results";

/** The server setting that narrows where Easel writes. */
export const ALLOWED_NAMESPACES_SETTING = "EASEL_ALLOWED_NAMESPACES";

/**
 * Where this Easel server may write, as its operator set it. Namespace names are not secret, so
 * the hub panel shows them. A setting Easel cannot read lets Easel write nowhere.
 */
export type WriteBoundary =
  | { kind: "any" }
  | { kind: "only"; namespaces: readonly string[] }
  | { kind: "misconfigured"; problem: string };

/** The boundary preflight reports, with the objects of the form it leaves out. */
export type WriteBoundaryReport = {
  boundary: WriteBoundary;
  /** Objects outside the boundary: preflight does not check them, and Easel never writes them. */
  refused: ObjectRef[];
};

/**
 * What preflight answers: the hub as Easel found it, where this server may write, and the Helm
 * the server would run (or why the Helm steps are unavailable).
 */
export type HubPreflight = Preflight & { writeBoundary: WriteBoundaryReport; helm: HelmFound };

/** The namespace an object is written to: a Namespace's own name, else the one it lives in. */
export function namespaceOfRef(ref: ObjectRef): string {
  return ref.kind === "Namespace" ? ref.name : (ref.namespace ?? "");
}

/** Whether Easel may write `ref` under `boundary`. */
export function isInsideBoundary(ref: ObjectRef, boundary: WriteBoundary): boolean {
  const namespace = namespaceOfRef(ref);
  if (isReservedNamespace(namespace)) return false;
  if (boundary.kind === "misconfigured") return false;
  return boundary.kind === "any" || boundary.namespaces.includes(namespace);
}

/** "a", "a and b", "a, b and c". */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const RESERVED_TEXT = `Easel never writes to ${listed(RESERVED_NAMESPACES)}`;

/**
 * Why Easel refuses to write these objects, naming each namespace refused and the rule or the
 * setting that refuses it; undefined when every one is inside the boundary.
 */
export function writeRefusal(
  refs: readonly ObjectRef[],
  boundary: WriteBoundary,
): string | undefined {
  if (boundary.kind === "misconfigured") return `Nothing was sent to the hub: ${boundary.problem}`;
  const outside = [
    ...new Set(refs.filter((ref) => !isInsideBoundary(ref, boundary)).map(namespaceOfRef)),
  ];
  if (outside.length === 0) return undefined;
  const reserved = outside.filter(isReservedNamespace);
  const notAllowed = outside.filter((namespace) => !isReservedNamespace(namespace));
  const reasons = [
    ...(reserved.length > 0 ? [`${listed(reserved)} (${RESERVED_TEXT})`] : []),
    ...(notAllowed.length > 0 && boundary.kind === "only"
      ? [
          `${listed(notAllowed)} (${ALLOWED_NAMESPACES_SETTING} on this Easel server allows only ${listed(boundary.namespaces)})`,
        ]
      : []),
  ];
  return `Nothing was sent to the hub: Easel may not write to ${reasons.join(", nor to ")}.`;
}

/** The panel's line for `boundary`: which namespaces this server may write. */
export function boundaryText(boundary: WriteBoundary): string {
  switch (boundary.kind) {
    case "any":
      return `Any namespace the configuration names, except ${listed(RESERVED_NAMESPACES)} (${ALLOWED_NAMESPACES_SETTING} is not set on this Easel server).`;
    case "only":
      return `Only ${listed(boundary.namespaces)} (${ALLOWED_NAMESPACES_SETTING} on this Easel server).`;
    case "misconfigured":
      return boundary.problem;
  }
}
