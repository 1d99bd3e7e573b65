import "server-only";

import type { RefusedAccess, ReleaseAccess } from "@/lib/hub/helm-install";
import { describeRef } from "@/lib/hub/object-ref";
import { describeRendered } from "@/lib/hub/rendered-objects";
import type { AccessCheck } from "@/lib/hub/results";

/** "create, patch": the verbs refused, in words. */
function verbsText(verbs: readonly string[]): string {
  return verbs.join(", ");
}

/** "ConfigMap mural-system/a (create); Widget mural-system/b (patch)": what the hub forbids. */
export function refusedObjectsText(refused: readonly RefusedAccess[]): string {
  return refused
    .map((item) => `${describeRendered(item.ref)} (${verbsText(item.verbs)})`)
    .join("; ");
}

/**
 * The sentence that refuses an install when the hub's user may not do all it needs: one clause
 * for Easel's own objects and one per refused release, each naming what was refused; undefined
 * when nothing is.
 */
export function accessRefusal(
  own: readonly AccessCheck[],
  releases: readonly ReleaseAccess[],
  cluster: string,
): string | undefined {
  const clauses: string[] = [];
  const ownRefused = own.filter((check) => check.verbs.some((verb) => !verb.isAllowed));
  if (ownRefused.length > 0) {
    const objects = ownRefused.map(
      (check) =>
        `${describeRef(check.ref)} (${verbsText(check.verbs.filter((verb) => !verb.isAllowed).map((verb) => verb.verb))})`,
    );
    clauses.push(`Easel's own objects are refused: ${objects.join("; ")}.`);
  }
  for (const release of releases) {
    if (release.refused.length === 0) continue;
    clauses.push(
      `Release ${release.release} is refused: the hub forbids ${refusedObjectsText(release.refused)}.`,
    );
  }
  if (clauses.length === 0) return undefined;
  return `Nothing was written: the hub's user on ${cluster} may not do what the install needs. ${clauses.join(" ")}`;
}
