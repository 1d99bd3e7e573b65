import "server-only";

import { isDeepStrictEqual } from "node:util";

import { parseUntrustedYaml } from "@/lib/yaml/parse-untrusted";

/** The values a YAML text states (none: an empty map, as Helm reads it), or undefined if unreadable. */
function valuesOf(text: string | undefined): unknown {
  if (text === undefined) return {};
  // Helm reads a repeated key as its last occurrence: so does this comparison.
  const reading = parseUntrustedYaml(text, "values.yaml", { uniqueKeys: false });
  if ("problem" in reading) return undefined;
  return reading.value ?? {};
}

/**
 * Whether two values files state the same values, as Helm would read them: comments, key order
 * and quoting aside. A file Easel cannot read is the same as nothing.
 */
export function isSameValues(a: string | undefined, b: string | undefined): boolean {
  const [left, right] = [valuesOf(a), valuesOf(b)];
  return left !== undefined && right !== undefined && isDeepStrictEqual(left, right);
}
