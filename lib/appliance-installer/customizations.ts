import { valueLeaves } from "@/lib/paths/leaves";
import { formatPath } from "@/lib/paths/notation";
import { isUnderPath, type TreePath } from "@/lib/paths/tree-path";

/** A setting of the host file that reaches Helm. */
export type Customization = { path: string; value: unknown };

/**
 * The customer's effective customizations: everything the host file sets that no applied
 * installer field overrides, so it reaches Helm as written.
 */
export function effectiveCustomizations(
  host: unknown,
  overridden: readonly TreePath[],
): Customization[] {
  return valueLeaves(host, [])
    .filter((leaf) => leaf.path.length > 0)
    .filter((leaf) => !overridden.some((path) => isUnderPath(leaf.path, path)))
    .map((leaf) => ({ path: formatPath(leaf.path), value: leaf.value }));
}
