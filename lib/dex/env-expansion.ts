/**
 * Dex passes connector `config` through Go's `os.ExpandEnv` (DEX_EXPAND_ENV, on by default). A `$`
 * starts a variable when followed by `{`, a letter, digit or `_`, or one of Go's special shell
 * characters; Go has no escape, so `$$` is the variable `$` too (empty).
 */
const EXPANDED = /\$(\{[^}]*\}|\{|[A-Za-z0-9_]+|[*#$@!?-])/;

/** The part of `value` Dex would replace with an environment variable, or undefined. */
export function expandedByDex(value: string): string | undefined {
  return EXPANDED.exec(value)?.[0];
}

/**
 * A warning for a connector setting Dex would change before using it, or undefined. A secret's
 * warning does not quote the part, which would show a piece of the secret.
 */
export function envExpansionWarning(value: string, isSecret = false): string | undefined {
  const expanded = expandedByDex(value);
  if (expanded === undefined) return undefined;
  const part = isSecret ? 'A "$" in this secret' : `"${expanded}"`;
  return `Dex expands environment variables in connector settings: ${part} would be replaced (usually by nothing), so your identity provider would get a different value. Avoid "$" here, or set DEX_EXPAND_ENV=false on Dex.`;
}
