/**
 * What every server action returns: expected failures are values the page shows, never thrown.
 * `formError` is always a sentence for the admin; it never carries a secret or a client's raw error.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      formError: string;
      /** Set when the request was refused before anything was asked of the hub. */
      isRefused?: boolean;
      fieldErrors?: Partial<Record<string, string[]>>;
    };
