import { rememberGenerated } from "./generated-values";

const SECRET_BYTES = 32;
const PASSWORD_BYTES = 18;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function randomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/**
 * A random secret (256 bits, base64url: 43 characters) for values the docs say to invent, such as
 * session and client secrets. base64url has no `$`, which Dex would expand as an environment
 * variable, and no `:`, which would split Basic credentials.
 */
export function generateSecret(): string {
  return rememberGenerated(toBase64Url(randomBytes(SECRET_BYTES)));
}

/** A random password a person may have to type (144 bits, 24 characters). */
export function generatePassword(): string {
  return rememberGenerated(toBase64Url(randomBytes(PASSWORD_BYTES)));
}

/** RFC 4122 version 4 from 16 random bytes: the version nibble, then the variant bits. */
function uuidFromBytes(bytes: Uint8Array): string {
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A random RFC 4122 version 4 UUID, the form the docs use for Dex user IDs and Easel's
 * configuration ids. Browsers offer `randomUUID` only on secure pages (https or localhost); a
 * page Easel serves over plain http on the network falls back to the same generator's bytes.
 */
export function generateUuid(): string {
  const { crypto } = globalThis;
  const uuid =
    typeof crypto.randomUUID === "function" ? crypto.randomUUID() : uuidFromBytes(randomBytes(16));
  return rememberGenerated(uuid);
}
