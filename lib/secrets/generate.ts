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
  return toBase64Url(randomBytes(SECRET_BYTES));
}

/** A random password a person may have to type (144 bits, 24 characters). */
export function generatePassword(): string {
  return toBase64Url(randomBytes(PASSWORD_BYTES));
}

/** A random RFC 4122 version 4 UUID, the form the docs use for Dex user IDs. */
export function generateUuid(): string {
  return globalThis.crypto.randomUUID();
}
