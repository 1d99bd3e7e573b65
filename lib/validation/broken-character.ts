/**
 * Half of a UTF-16 surrogate pair with no other half: not a character at all. No UTF-8 file can
 * hold one, and escaped as `\ud800` Helm 3 and Helm 4 both refuse the whole values file ("found
 * invalid Unicode character escape code"). JavaScript strings can hold one (a paste, a JSON or
 * YAML escape), so Easel refuses it wherever text comes in.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Said at a field whose text holds a lone surrogate. */
export const BROKEN_CHARACTER_MESSAGE =
  "This text holds a broken character (half of a character pair, often from a bad copy): retype it. Helm refuses a values file that holds one.";

/** Where `text` first holds a lone surrogate, or -1. */
export function brokenCharacterIndex(text: string): number {
  return text.search(LONE_SURROGATE);
}

/** Why `text` cannot be written to a values file, when it holds a lone surrogate. */
export function brokenCharacterProblem(text: string): string | undefined {
  return brokenCharacterIndex(text) === -1 ? undefined : BROKEN_CHARACTER_MESSAGE;
}

/** The path of every string in `data` (plain objects, lists) that holds a lone surrogate. */
export function brokenTextPaths(data: unknown): (string | number)[][] {
  if (typeof data === "string") return brokenCharacterIndex(data) === -1 ? [] : [[]];
  const entries: [string | number, unknown][] = Array.isArray(data)
    ? data.map((item, index) => [index, item])
    : typeof data === "object" && data !== null
      ? Object.entries(data)
      : [];
  return entries.flatMap(([key, child]) => brokenTextPaths(child).map((path) => [key, ...path]));
}
