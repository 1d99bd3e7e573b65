/**
 * The values Easel's generator made in this process (a browser page, a CLI run), so a field can
 * tell whether it still holds one: its "generated" badge shows only then. Keyed by value, like the
 * secret ledger: a value typed over is no longer one of them, and pasting it back makes it one
 * again. Memory only, never stored; the oldest are forgotten past a bound, which a page never
 * reaches (one entry per Generate click or new user).
 */
const made = new Set<string>();
const MAX_REMEMBERED = 10_000;

/** Remembers `value` as generated and returns it. */
export function rememberGenerated(value: string): string {
  made.add(value);
  if (made.size > MAX_REMEMBERED) {
    const [oldest] = made;
    if (oldest !== undefined) made.delete(oldest);
  }
  return value;
}

/** Whether `value` is one Easel generated in this process; "" never is. */
export function isGenerated(value: unknown): boolean {
  return typeof value === "string" && value !== "" && made.has(value);
}
