import { isMapping } from "@/lib/tree/tree";

/** Keys that tell list items apart (connectors, users, spokes, clients, headers), by preference. */
const IDENTITY_KEYS = ["id", "userID", "email", "name"] as const;

/** What tells a list item apart from its siblings, such as `id=mural`; undefined when nothing does. */
export function identityOf(item: unknown): string | undefined {
  if (!isMapping(item)) return undefined;
  const key = IDENTITY_KEYS.find((candidate) => typeof item[candidate] === "string");
  return key === undefined ? undefined : `${key}=${String(item[key])}`;
}

/**
 * Where the form's list item lands in the file's own list: the file's item of the same identity
 * as any of `forms` (the item's versions, in order of preference), else the item at the same
 * index when that one has no identity of its own (an incomplete item, which the form's then
 * completes), else after the file's last item.
 */
export function matchingFileIndex(
  fileList: readonly unknown[],
  forms: readonly unknown[],
  index: number,
): number {
  for (const identity of forms.map(identityOf)) {
    if (identity === undefined) continue;
    const found = fileList.findIndex((candidate) => identityOf(candidate) === identity);
    if (found !== -1) return found;
  }
  if (index < fileList.length && identityOf(fileList[index]) === undefined) return index;
  return fileList.length;
}
