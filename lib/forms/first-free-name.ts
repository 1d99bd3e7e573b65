/** The first of `<prefix>1`, `<prefix>2`, … not in `taken`: a name for a new list item. */
export function firstFreeName(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}
