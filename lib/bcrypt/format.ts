const BCRYPT_HASH = /^\$2[aby]\$(\d{2})\$[./A-Za-z0-9]{53}$/;

/** Dex refuses logins whose hash cost is outside this range (server/api.go checkCost). */
export const DEX_COST_RANGE = { min: 10, max: 16 } as const;

/** The cost Easel hashes Dex passwords with unless the admin picks another: Dex's recommendation. */
export const DEX_BCRYPT_COST = 12;

/**
 * The costs an admin may pick for a Dex password. Dex accepts up to 16, but each step doubles the
 * time of every login and of hashing in the browser; past 14 that is seconds.
 */
export const DEX_SELECTABLE_COSTS = [10, 11, 12, 13, 14] as const;

/** Zot checks the hash on every registry request, so a cheaper cost keeps pulls fast. */
export const ZOT_BCRYPT_COST = 10;

/** bcrypt reads at most this many bytes of a password and silently drops the rest. */
export const BCRYPT_MAX_PASSWORD_BYTES = 72;

/** The cost of a bcrypt hash, or undefined when `hash` is not one. */
export function bcryptCost(hash: string): number | undefined {
  const match = BCRYPT_HASH.exec(hash);
  return match ? Number(match[1]) : undefined;
}

/** Why `hash` would not let a Dex user log in, or undefined when it would. */
export function dexHashProblem(hash: string): string | undefined {
  const cost = bcryptCost(hash);
  if (cost === undefined)
    return "This is not a bcrypt hash ($2a$, $2b$ or $2y$ followed by the cost).";
  if (cost < DEX_COST_RANGE.min || cost > DEX_COST_RANGE.max) {
    return `Dex accepts bcrypt costs ${DEX_COST_RANGE.min} to ${DEX_COST_RANGE.max}; this hash has cost ${cost}, so every login would fail.`;
  }
  return undefined;
}

/** Why `password` cannot be hashed as typed, or undefined when it can. */
export function passwordProblem(password: string, minLength: number): string | undefined {
  if (password.length < minLength)
    return `Use at least ${minLength} characters, or choose Generate.`;
  if (new TextEncoder().encode(password).length > BCRYPT_MAX_PASSWORD_BYTES) {
    return `bcrypt reads only the first ${BCRYPT_MAX_PASSWORD_BYTES} bytes of a password: use a shorter one.`;
  }
  if (/[\r\n]/.test(password)) return "Use a single line.";
  return undefined;
}
