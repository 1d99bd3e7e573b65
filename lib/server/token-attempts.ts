import "server-only";

/** Wrong access tokens a client may give in a row without waiting; the next try waits. */
export const FREE_WRONG_TOKENS = 5;
/** The first wait, after the free tries; each further wrong token doubles it. */
export const FIRST_PAUSE_MS = 5_000;
/** The longest wait, however many wrong tokens a client gave. */
export const LONGEST_PAUSE_MS = 15 * 60_000;
/** A client that gave no wrong token for this long starts afresh. */
export const FORGET_AFTER_MS = 60 * 60_000;
/** Clients remembered at once; past this the least recently seen is forgotten. */
export const MAX_CLIENTS = 10_000;

type ClientRecord = { wrong: number; pausedUntil: number; lastWrongAt: number };

/**
 * Counts wrong access tokens per client, so one client that keeps guessing waits longer and
 * longer (a few free tries, then a pause that doubles with each wrong token, up to a cap) while
 * every other client signs in as usual. The right token ends its client's record. Memory stays
 * bounded: records expire, and past `maxClients` the least recently seen one is dropped. A pause
 * blocks only new sign-ins: sessions that gave the token keep working.
 */
export class TokenAttempts {
  // A Map keeps insertion order: re-inserting on each wrong token makes its first key the oldest.
  private readonly clients = new Map<string, ClientRecord>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxClients: number = MAX_CLIENTS,
  ) {}

  /** Milliseconds until `client`'s token is checked again, or 0 when it may be checked now. */
  pausedFor(client: string): number {
    const record = this.current(client);
    return record ? Math.max(0, record.pausedUntil - this.now()) : 0;
  }

  /** Counts a wrong token from `client`, and starts its pause once the free tries are spent. */
  recordWrong(client: string): void {
    const now = this.now();
    const wrong = (this.current(client)?.wrong ?? 0) + 1;
    const doublings = wrong - FREE_WRONG_TOKENS;
    const pause =
      doublings < 0 ? 0 : Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.min(doublings, 30));
    this.clients.delete(client);
    this.clients.set(client, { wrong, pausedUntil: now + pause, lastWrongAt: now });
    this.forgetOldest();
  }

  /** The right token: `client` starts afresh. */
  recordRight(client: string): void {
    this.clients.delete(client);
  }

  /** How many clients are remembered now (for the tests of the bound). */
  get size(): number {
    return this.clients.size;
  }

  private current(client: string): ClientRecord | undefined {
    const record = this.clients.get(client);
    if (record && this.now() - record.lastWrongAt >= FORGET_AFTER_MS) {
      this.clients.delete(client);
      return undefined;
    }
    return record;
  }

  private forgetOldest(): void {
    const now = this.now();
    for (const [client, record] of this.clients) {
      const expired = now - record.lastWrongAt >= FORGET_AFTER_MS;
      if (!expired && this.clients.size <= this.maxClients) return;
      this.clients.delete(client);
    }
  }
}

/** The server's one counter. */
export const tokenAttempts = new TokenAttempts();
