import { generateKeyPairSync, randomUUID } from "node:crypto";

/** A service-account key shaped as Google Cloud downloads it, with a freshly made RSA key. */
export function sampleServiceAccountKey(overrides: Record<string, unknown> = {}): string {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const clientEmail = "dex-groups@acme-id.iam.gserviceaccount.com";
  return JSON.stringify(
    {
      type: "service_account",
      project_id: "acme-id",
      private_key_id: randomUUID().replaceAll("-", ""),
      private_key: privateKey,
      client_email: clientEmail,
      client_id: "104958205129447251234",
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
      auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
      universe_domain: "googleapis.com",
      ...overrides,
    },
    null,
    2,
  );
}
