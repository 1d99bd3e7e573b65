// Stand-ins for the values Easel generates at random (secrets, user IDs, bcrypt hashes), derived
// from a label instead, so the bench renders and imports the same bytes on every run.
import { createHash } from "node:crypto";

const BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function digest(label: string): Buffer {
  return createHash("sha256").update(label).digest();
}

/** A 32-character secret, as long as the ones Easel generates. */
export function stableSecret(label: string): string {
  return digest(label).toString("base64url").slice(0, 32);
}

/** A UUID-shaped ID, as `generateUuid` writes them. */
export function stableUuid(label: string): string {
  const hex = digest(label).toString("hex");
  // Version 4, as random UUIDs are.
  const groups = [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`, hex.slice(16, 20)];
  return [...groups, hex.slice(20, 32)].join("-");
}

/**
 * A string shaped exactly as bcrypt writes a hash of `cost`, so the schema accepts it, though no
 * password matches it. The budgets exclude hashing: the browser hashes each password once, when it
 * is typed, never on render.
 */
export function bcryptShapedHash(label: string, cost: number): string {
  const bytes = Buffer.concat([digest(`${label}/salt`), digest(`${label}/hash`)]);
  const body = [...bytes.subarray(0, 53)]
    .map((byte) => BCRYPT_ALPHABET[byte % BCRYPT_ALPHABET.length])
    .join("");
  return `$2b$${String(cost).padStart(2, "0")}$${body}`;
}
