/** The tag a field shows beside its label for `value`: none while `isTagShown` says otherwise. */
export function shownTag(
  tag: string | undefined,
  isTagShown: ((value: string) => boolean) | undefined,
  value: string,
): string | undefined {
  return isTagShown === undefined || isTagShown(value) ? tag : undefined;
}

/**
 * For a field that falls back to `derived` when left empty: whether its value is still that one,
 * empty or typed out the same.
 */
export function holdsDerived(derived: string): (value: string) => boolean {
  return (value) => value === "" || value === derived;
}
