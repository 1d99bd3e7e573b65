import "server-only";

/** Wrong access tokens allowed in one window before the server stops checking for the rest of it. */
export const WRONG_TOKENS_PER_WINDOW = 5;
export const ATTEMPT_WINDOW_MS = 60_000;

/**
 * Counts wrong access tokens across the whole server, so guessing is limited to a few tries a
 * minute however many clients guess. A pause blocks only new sign-ins: sessions that gave the token
 * keep working.
 */
export class TokenAttempts {
  private windowStart = 0;
  private wrong = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until tokens are checked again, or 0 when a token may be checked now. */
  pausedFor(): number {
    const elapsed = this.now() - this.windowStart;
    if (elapsed >= ATTEMPT_WINDOW_MS) return 0;
    return this.wrong >= WRONG_TOKENS_PER_WINDOW ? ATTEMPT_WINDOW_MS - elapsed : 0;
  }

  recordWrong(): void {
    if (this.now() - this.windowStart >= ATTEMPT_WINDOW_MS) {
      this.windowStart = this.now();
      this.wrong = 0;
    }
    this.wrong++;
  }
}

/** The server's one counter. */
export const tokenAttempts = new TokenAttempts();
