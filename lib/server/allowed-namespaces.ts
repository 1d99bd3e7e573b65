import "server-only";

import { ALLOWED_NAMESPACES_SETTING, type WriteBoundary } from "@/lib/hub/write-boundary";
import { dnsLabelProblem } from "@/lib/validation/kubernetes-names";
import { isReservedNamespace } from "@/lib/validation/reserved-namespaces";

const NOWHERE = "Easel writes nowhere until it is fixed.";

/** An entry of the setting as the panel quotes it: short, since the operator may have pasted anything. */
function quoted(entry: string): string {
  return JSON.stringify(entry.length > 63 ? `${entry.slice(0, 60)}…` : entry);
}

/**
 * Where Easel may write, from `EASEL_ALLOWED_NAMESPACES` (comma-separated names, each trimmed):
 * unset or blank, any namespace but the reserved ones; otherwise only those listed. A value Easel
 * cannot read as such a list never widens that: it lets Easel write nowhere, and says why.
 */
export function writeBoundaryOf(setting: string | undefined): WriteBoundary {
  if (setting === undefined || setting.trim() === "") return { kind: "any" };
  const names = setting
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const misconfigured = (why: string): WriteBoundary => ({
    kind: "misconfigured",
    problem: `${ALLOWED_NAMESPACES_SETTING} ${why}; ${NOWHERE}`,
  });
  if (names.length === 0) return misconfigured("names no namespace, only commas");
  const invalid = names.find((name) => dnsLabelProblem(name, "namespace") !== undefined);
  if (invalid !== undefined) {
    return misconfigured(
      `holds ${quoted(invalid)}, which is not a namespace name (lowercase letters, digits and "-", at most 63)`,
    );
  }
  const reserved = names.find(isReservedNamespace);
  if (reserved !== undefined) {
    return misconfigured(`names ${reserved}, where Easel never writes`);
  }
  return { kind: "only", namespaces: [...new Set(names)] };
}
