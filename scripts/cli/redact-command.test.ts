import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { runCliCaptured } from "@/test/support/cli-run";

const GUIDE_FILE = path.resolve("test/support/fixtures/gke-guide-values.yaml");

const run = runCliCaptured;

describe("easel redact", () => {
  it("writes a private copy of the guide's file with its secrets replaced, and says which and why", async () => {
    const copy = path.join(mkdtempSync(path.join(tmpdir(), "easel-redact-")), "shared.yaml");
    const redacted = await run("redact", "--values", GUIDE_FILE, "--out", copy);
    expect(redacted.code).toBe(0);
    expect(redacted.out).toBe("");
    expect(redacted.err).toContain("line 10: global.auditLogging.basicAuth.password");
    expect(redacted.err).toContain("zot.secretFiles.htpasswd (its key, htpasswd, names a secret)");
    const text = readFileSync(copy, "utf8");
    expect(text).toContain("    sessionSecret: 'REDACTED'");
    expect(text).not.toContain("GOCSPX-google-client-secret");
    // Not secrets: a redirect URI, a client ID, a Secret's name stay as they were.
    expect(text).toContain("redirectURI: https://ai.acme.org/dex/callback # Dex's callback url");
    expect(text).toContain("clientID: 1234567890-abc.apps.googleusercontent.com");
    expect(statSync(copy).mode & 0o777).toBe(0o600);

    // The copy is not replaced without --force; with it, redacting the copy changes nothing.
    expect((await run("redact", "--values", GUIDE_FILE, "--out", copy)).code).toBe(2);
    const again = await run("redact", "--values", copy, "--out", `${copy}.again`);
    expect(again.err).toContain("Nothing to redact");
    expect(readFileSync(`${copy}.again`, "utf8")).toBe(text);
  });

  it("never writes over the file it reads", async () => {
    const refused = await run("redact", "--values", GUIDE_FILE, "--out", GUIDE_FILE, "--force");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--out must name another file");
  });
});
