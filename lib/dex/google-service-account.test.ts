import { describe, expect, it } from "vitest";

import { sampleServiceAccountKey } from "@/test/support/service-account-key";

import { readServiceAccountKey, SERVICE_ACCOUNT_KEY_MAX_BYTES } from "./google-service-account";

describe("readServiceAccountKey", () => {
  it("names the account and project of a real key", () => {
    const text = sampleServiceAccountKey();
    const keyId = (JSON.parse(text) as { private_key_id: string }).private_key_id;
    expect(readServiceAccountKey(text)).toEqual({
      summary: {
        clientEmail: "dex-groups@acme-id.iam.gserviceaccount.com",
        projectId: "acme-id",
        keyId,
      },
    });
  });

  it.each([
    ["not JSON", "{ type: service_account", /not JSON/],
    ["a JSON list", "[]", /not JSON/],
    [
      "a user's credential",
      sampleServiceAccountKey({ type: "authorized_user" }),
      /user's credential/,
    ],
    ["an OAuth client file", JSON.stringify({ web: { client_id: "x" } }), /"service_account"/],
    [
      "a key without its email",
      sampleServiceAccountKey({ client_email: "" }),
      /lacks client_email/,
    ],
    [
      "a key with a public key",
      sampleServiceAccountKey({
        private_key: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
      }),
      /not a PEM private key/,
    ],
    [
      "a huge file",
      `{"type":"service_account","x":"${"a".repeat(SERVICE_ACCOUNT_KEY_MAX_BYTES)}"}`,
      /too large/,
    ],
  ])("refuses %s", (_name, text, problem) => {
    const reading = readServiceAccountKey(text);
    expect("problem" in reading && reading.problem).toMatch(problem);
  });
});
