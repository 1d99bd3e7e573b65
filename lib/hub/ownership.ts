import { EASEL_LABELS } from "@/lib/manifests/kubernetes-object";

import { FIELD_MANAGER } from "./hub-plan";

const [MANAGED_BY, EASEL] = Object.entries(EASEL_LABELS)[0] as [string, string];

/** What of a live object tells who made it: its labels and the managers of its fields. */
export type OwnershipMarks = {
  metadata?: {
    labels?: Record<string, string>;
    managedFields?: readonly { manager?: string; operation?: string }[];
  };
};

/**
 * Whether a live object is Easel's: it carries Easel's label, or Easel applied fields of it (an
 * earlier Easel applied without the label; applying now adds it). Anything else was made by
 * someone else, and Easel changes it only when the admin adopts it.
 */
export function isEaselObject(live: OwnershipMarks): boolean {
  if (live.metadata?.labels?.[MANAGED_BY] === EASEL) return true;
  return (live.metadata?.managedFields ?? []).some(
    (entry) => entry.manager === FIELD_MANAGER && entry.operation === "Apply",
  );
}
