/**
 * Placeholders the PaletteAI docs ask the reader to replace. Any of them in a generated file means
 * an install that cannot work, so Easel refuses to write one.
 */
const DOC_PLACEHOLDERS: readonly RegExp[] = [
  /replace\.with\.your\.domain/i,
  /REPLACE_WITH_[A-Z_]*/,
  /<public-ip>/i,
  /<port>/i,
  /<static-ip-name>/i,
  /<SPOKE_NAMESPACE>/,
  /<domain>/i,
  /<hub-api-server>/i,
  /example\.acme\.org/i,
];

/** The first docs placeholder found in `text`, or undefined when there is none. */
export function findPlaceholder(text: string): string | undefined {
  for (const pattern of DOC_PLACEHOLDERS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** A field-level message when `value` still holds a docs placeholder. */
export function placeholderProblem(value: string): string | undefined {
  const placeholder = findPlaceholder(value);
  return placeholder
    ? `"${placeholder}" is a placeholder from the docs: replace it with your own value.`
    : undefined;
}
