import "server-only";

/** What stands in for a secret in any Helm text Easel shows. */
export const MASK = "••••••";

/**
 * Every form a secret can take in Helm's output: as given, base64 (Secret data, registry auth),
 * and JSON-escaped (Helm's `-o json` and error quotes escape newlines and quotes).
 */
function formsOf(secret: string): string[] {
  return [
    secret,
    Buffer.from(secret).toString("base64"),
    JSON.stringify(secret).slice(1, -1),
  ].filter((form) => form.length > 0);
}

/**
 * A function that masks every secret of `secrets` in a text. Longest forms are replaced first, so a
 * secret that contains another is masked whole.
 */
export function secretMask(secrets: readonly string[]): (text: string) => string {
  const forms = [...new Set(secrets.filter((secret) => secret.length > 0).flatMap(formsOf))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => forms.reduce((masked, form) => masked.split(form).join(MASK), text);
}
