/**
 * What every server action returns: expected failures are values the page shows, never thrown.
 * `formError` is always a sentence for the admin; it never carries a secret or a client's raw error.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      formError: string;
      /** Set when this browser session may not use the cluster features (the page asks again). */
      isRefused?: boolean;
    };
