import { rememberReadings } from "@/lib/forms/remember-readings";

/**
 * Reading a Google service-account JSON key, the file Dex's Google connector loads to read
 * Workspace groups (`google.CredentialsFromJSON`, which accepts only `"type": "service_account"`).
 */

/** A real key is about 2.4 kB; anything far larger is not one and is refused before parsing. */
export const SERVICE_ACCOUNT_KEY_MAX_BYTES = 16 * 1024;

export type ServiceAccountKeySummary = { clientEmail: string; projectId: string; keyId: string };

export type ServiceAccountKeyReading = { summary: ServiceAccountKeySummary } | { problem: string };

const PRIVATE_KEY_PEM =
  /^-----BEGIN PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PRIVATE KEY-----\r?\n?$/;

const REQUIRED_TEXT = ["project_id", "private_key_id", "client_email", "token_uri"] as const;

function textAt(key: Record<string, unknown>, name: string): string | undefined {
  const value = key[name];
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function readKey(text: string): ServiceAccountKeyReading {
  if (new TextEncoder().encode(text).length > SERVICE_ACCOUNT_KEY_MAX_BYTES) {
    return { problem: "This file is too large to be a service-account key (about 2 kB)." };
  }
  const key = parseJsonObject(text);
  if (!key) return { problem: "This is not JSON: upload the key file Google Cloud downloaded." };
  if (key.type !== "service_account") {
    return {
      problem:
        key.type === "authorized_user"
          ? "This is a user's credential, not a service-account key: create a key for a service account."
          : 'This JSON is not a service-account key ("type" must be "service_account").',
    };
  }
  const missing = REQUIRED_TEXT.filter((name) => textAt(key, name) === undefined);
  if (missing.length > 0) return { problem: `The key lacks ${missing.join(", ")}.` };
  const privateKey = textAt(key, "private_key");
  if (!privateKey || !PRIVATE_KEY_PEM.test(privateKey)) {
    return { problem: "The key's private_key is not a PEM private key." };
  }
  return {
    summary: {
      clientEmail: key.client_email as string,
      projectId: key.project_id as string,
      keyId: key.private_key_id as string,
    },
  };
}

/** Who a service-account key belongs to, or why the text is not such a key. */
export const readServiceAccountKey = rememberReadings(readKey);

/** Why `text` cannot be used as the service-account key, or undefined when it can. */
export function serviceAccountKeyProblem(text: string): string | undefined {
  const reading = readServiceAccountKey(text);
  return "problem" in reading ? reading.problem : undefined;
}
