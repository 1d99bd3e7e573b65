import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { parseAllDocuments, parseDocument } from "yaml";

import { aliasBomb } from "../test/support/hostile-yaml";
import { kubectlSecret } from "../test/support/kubectl-secret";
import { sampleServiceAccountKey } from "../test/support/service-account-key";
import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage, parseValues } from "./pages/config.page";
import { RestoredDraftNotice } from "./pages/restored-draft.page";

const GUIDE_FILE = readFileSync(
  path.join(__dirname, "../test/support/fixtures/gke-guide-values.yaml"),
  "utf8",
);
const GUIDE_DOMAIN = "ai.acme.org";
const NEW_DOMAIN = "paletteai.acme.io";

async function openImport(page: Page) {
  await page.getByText("Import an existing values.yaml").click();
}

/** Pastes `text` into the paste box as the clipboard would, built in the page to keep it fast. */
async function pasteRepeated(page: Page, unit: string, times: number) {
  await page.getByLabel("Or paste values.yaml").evaluate(
    (box, { unit, times }) => {
      const data = new DataTransfer();
      data.setData("text/plain", unit.repeat(times));
      box.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { unit, times },
  );
}

test("[IMPORT]: an imported file, a changed domain, and a bundle whose every file is checked", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await openImport(page);
  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(GUIDE_FILE),
  });
  await expect(page.getByText("Editing values.yaml")).toBeVisible();
  const warnings = page.getByRole("list", { name: "Warnings about the imported file" });
  await expect(warnings).toContainText('Line 61: "true," is text, not a boolean');
  await expect(gke.field("Domain")).toHaveValue(GUIDE_DOMAIN);
  await expect(gke.preview).not.toContainText("c2Vzc2lvbi1zZWNyZXQtZm9yLXRlc3Rz");
  expect(await accessibilityProblems(page)).toEqual([]);

  await gke.field("Domain").fill(NEW_DOMAIN);
  await expect(gke.preview).toContainText(
    `redirectURI: https://${NEW_DOMAIN}/dex/callback # Dex's callback url`,
  );
  const key = sampleServiceAccountKey();
  await page.getByLabel("Service-account key (JSON)").setInputFiles({
    name: "googleAuth.json",
    mimeType: "application/json",
    buffer: Buffer.from(key),
  });

  await gke.waitUntilReady();
  const download = await gke.startDownload(
    page.getByRole("button", { name: "Download all (.zip)" }),
  );
  const dir = mkdtempSync(path.join(tmpdir(), "easel-e2e-import-"));
  try {
    const zip = path.join(dir, "bundle.zip");
    await download.saveAs(zip);
    execFileSync("unzip", ["-q", zip, "-d", dir]);
    const read = (name: string) => readFileSync(path.join(dir, name), "utf8");

    // Every line the domain was not on is the file as uploaded, comments and quoting included.
    expect(read("values.yaml")).toBe(GUIDE_FILE.replaceAll(GUIDE_DOMAIN, NEW_DOMAIN));

    const objects = parseAllDocuments(read("secrets.yaml")).map((document) => document.toJS());
    expect(objects.map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([
      "Namespace/mural-system",
      "Secret/mural-google-service-account",
    ]);
    const expected = kubectlSecret("mural-google-service-account", "mural-system", {
      "googleAuth.json": key,
    });
    expect(objects[1].type ?? "Opaque").toBe(expected.type ?? "Opaque");
    expect(objects[1].data).toEqual(expected.data);

    const script = read("install.sh");
    expect(script).toContain("kubectl apply --server-side --field-manager=easel -f secrets.yaml");
    expect(script).toContain("helm install mural-crds");
    writeFileSync(path.join(dir, "check.sh"), script);
    execFileSync("sh", ["-n", path.join(dir, "check.sh")]);
    expect(read("README.md")).toContain("sh install.sh");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("[IMPORT-PARTIAL]: a file without static clients and probes, once edited, downloads them whole", async ({
  page,
}) => {
  const partial = parseDocument(GUIDE_FILE);
  partial.deleteIn(["dex", "config", "staticClients"]);
  partial.deleteIn(["alertmanager"]);
  const gke = new ConfigPage(page);
  await gke.open();
  await openImport(page);
  await page.getByLabel("Or paste values.yaml").fill(partial.toString());
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await expect(page.getByText("Editing pasted values.yaml")).toBeVisible();
  // The file holds neither client secret: the form asks, and the admin generates them.
  await page.getByRole("button", { name: "Generate mural client secret" }).click();
  await page.getByRole("button", { name: "Generate kubernetes client secret" }).click();
  await gke.enter("Audit password", "a-new-audit-password-for-probes");
  await gke.enter("Hub API server", "https://34.118.0.10");
  await gke.waitUntilReady();

  const values = (await gke.downloadValues()) as {
    dex: { config: { staticClients: Record<string, unknown>[] } };
    alertmanager: Record<string, { httpGet: { httpHeaders: Record<string, unknown>[] } }>;
    global: { auditLogging: { basicAuth: { username: string } } };
  };
  const muralSecret = await gke.revealSecret("mural client secret");
  const kubernetesSecret = await gke.revealSecret("kubernetes client secret");
  expect(values.dex.config.staticClients).toEqual([
    {
      id: "mural",
      redirectURIs: [`https://${GUIDE_DOMAIN}/ai/callback`],
      name: "mural",
      secret: muralSecret,
      public: false,
      trustedPeers: ["kubernetes"],
    },
    {
      id: "kubernetes",
      redirectURIs: [`https://${GUIDE_DOMAIN}`],
      name: "kubernetes",
      secret: kubernetesSecret,
      public: false,
      trustedPeers: ["mural"],
    },
  ]);
  const user = values.global.auditLogging.basicAuth.username;
  const header = {
    name: "Authorization",
    value: `Basic ${Buffer.from(`${user}:a-new-audit-password-for-probes`).toString("base64")}`,
  };
  for (const probe of ["livenessProbe", "readinessProbe"]) {
    expect(values.alertmanager[probe]?.httpGet.httpHeaders).toEqual([header]);
  }
});

test("[IMPORT-BAD]: malformed, hostile and huge input is refused at the field, and the form survives", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.field("Domain").fill("kept.acme.io");
  await openImport(page);
  const box = page.getByLabel("Or paste values.yaml");
  const importButton = page.getByRole("button", { name: "Import pasted values.yaml" });
  const error = page.locator(".values-import").getByRole("alert");

  await box.fill("global:\n  dns: {domain: a\n");
  await importButton.click();
  await expect(error).toContainText(/not valid YAML \(line \d+, column \d+\)/);

  await box.fill(aliasBomb());
  await importButton.click();
  await expect(error).toContainText("expands its aliases too far");

  await box.fill("");
  await pasteRepeated(page, "a", 20 * 1024 * 1024);
  await expect(error).toContainText("more than 1024 KiB");
  await expect(box).toHaveValue("");

  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "image.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  });
  await expect(error).toContainText("binary, not YAML");

  // Nothing was lost and the page still answers.
  await expect(gke.field("Domain")).toHaveValue("kept.acme.io");
  await gke.field("Domain").press("End");
  await gke.field("Domain").pressSequentially(".x");
  await expect(gke.field("Domain")).toHaveValue("kept.acme.io.x");
});

test("[DRAFT]: the form survives a reload without any secret in browser storage", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired("draft.acme.io", "https://34.118.0.10");
  const secret = await gke.field("Session secret").inputValue();
  expect(secret.length).toBeGreaterThan(15);
  // The draft saved after both fields were filled, not one saved between them.
  const draft = () => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? "");
  await expect.poll(draft).toContain("draft.acme.io");
  await expect.poll(draft).toContain("34.118.0.10");
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain(secret);

  await page.reload();
  await gke.expectTarget("gke");
  await expect(page.getByText(/Restored your draft/)).toBeVisible();
  await expect(gke.field("Domain")).toHaveValue("draft.acme.io");
  await expect(gke.field("Hub API server")).toHaveValue("https://34.118.0.10");
  const regenerated = await gke.field("Session secret").inputValue();
  expect(regenerated.length).toBeGreaterThan(15);
  expect(regenerated).not.toBe(secret);

  await page.getByRole("button", { name: "Discard the draft and start over" }).click();
  await expect(gke.field("Domain")).toHaveValue("");
});

/** The guide's file, with a comment and an unknown key named like a secret of its own. */
const UNKNOWN_TOKEN = "acme-unknown-token-7f3b9c1d";
const COMMENTED_FILE = `${GUIDE_FILE}# Acme's own settings, kept by hand\nacme:\n  apiToken: ${UNKNOWN_TOKEN}\n  region: eu-west-1\n`;
/** Every secret the guide's file holds, as written there. */
const FILE_SECRETS = [
  "c2Vzc2lvbi1zZWNyZXQtZm9yLXRlc3Rz",
  "bXVyYWwtY2xpZW50LXNlY3JldC0wMQ",
  "a3ViZXJuZXRlcy1jbGllbnQtc2VjcmV0",
  "Qm9uZ3VzLWF1ZGl0LXBhc3N3b3Jk",
  "GOCSPX-google-client-secret",
  "YXVkaXQ6UW05dVozVnpMV0YxWkdsMExYQmhjM04zYjNKaw==",
  UNKNOWN_TOKEN,
];

test("[DRAFT]: an imported file survives a reload without its secrets, and re-opening it brings them back", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  const draft = new RestoredDraftNotice(page);
  await gke.open();
  await openImport(page);
  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(COMMENTED_FILE),
  });
  await expect(page.getByText("Editing values.yaml")).toBeVisible();
  await gke.reveal("Scrape interval");
  await gke.field("Scrape interval").fill("30s");
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? ""))
    .toContain('"scrapeInterval":"30s"');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain("# Acme's own settings, kept by hand");
  for (const secret of FILE_SECRETS) expect(stored).not.toContain(secret);

  await page.reload();
  await gke.expectTarget("gke");
  await expect(draft.notice).toContainText("editing values.yaml");
  await expect(gke.preview).toContainText("# Acme's own settings, kept by hand");
  await expect(gke.preview).toContainText("region: eu-west-1");
  await expect(gke.preview).toContainText("scrapeInterval: '30s'");
  await expect(gke.field("Scrape interval")).toHaveValue("30s");
  // Nothing the file held was invented afresh: the fields wait to be given or generated.
  await expect(gke.field("Session secret")).toHaveValue("");
  await expect(gke.field("Session secret")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Generate Session secret" })).toBeVisible();
  const missing = draft.missingSecrets("values.yaml");
  for (const path of [
    "global.auditLogging.basicAuth.password",
    "canvas.oidc.sessionSecret",
    "dex.config.staticClients[0].secret",
    "dex.config.connectors[0].config.clientSecret",
    "alertmanager.livenessProbe.httpGet.httpHeaders[0].value",
    "acme.apiToken",
  ]) {
    await expect(missing.getByText(path, { exact: true })).toBeVisible();
  }
  expect(await accessibilityProblems(page)).toEqual([]);

  // A second reload still knows what the file is missing.
  await page.reload();
  await expect(missing.getByText("canvas.oidc.sessionSecret", { exact: true })).toBeVisible();
  await expect(gke.preview).toContainText("# Acme's own settings, kept by hand");

  const savedAt = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem("easel:draft:gke") ?? "{}").savedAt);
  const restoredSavedAt = await savedAt();
  await draft.reopen("values.yaml", COMMENTED_FILE.replace("eu-west-1", "us-east-2"));
  await expect(draft.notice.getByRole("alert")).toContainText("different file");
  await expect(gke.field("Session secret")).toHaveValue("");

  await draft.reopen("values.yaml", COMMENTED_FILE);
  await expect(draft.notice).toContainText("Re-opened values.yaml: its secrets are back");
  await expect(gke.field("Scrape interval")).toHaveValue("30s");
  await gke.waitUntilReady();
  const download = page.waitForEvent("download");
  await gke.downloadButton.click();
  // The file's admin has a hash, not a password Easel made: nothing to ask before downloading.
  const text = readFileSync(await (await download).path(), "utf8");
  await expect(gke.passwordPrompt).toHaveCount(0);
  const values = parseValues(text) as {
    canvas: { oidc: { sessionSecret: string } };
    dex: { config: { staticClients: { secret: string }[] } };
    acme: { apiToken: string };
    global: { metrics: { scrapeInterval: string } };
  };
  expect(values.canvas.oidc.sessionSecret).toBe("c2Vzc2lvbi1zZWNyZXQtZm9yLXRlc3Rz");
  expect(values.dex.config.staticClients.map((client) => client.secret)).toEqual([
    "bXVyYWwtY2xpZW50LXNlY3JldC0wMQ",
    "a3ViZXJuZXRlcy1jbGllbnQtc2VjcmV0",
  ]);
  expect(values.acme.apiToken).toBe(UNKNOWN_TOKEN);
  expect(values.global.metrics.scrapeInterval).toBe("30s");
  expect(text).toContain("# Acme's own settings, kept by hand");
  expect(text).toContain("sessionSecret: 'c2Vzc2lvbi1zZWNyZXQtZm9yLXRlc3Rz'");

  // Saved again with the real file open: still without a secret.
  await expect.poll(savedAt).not.toBe(restoredSavedAt);
  const afterReopen = await page.evaluate(() => JSON.stringify(localStorage));
  for (const secret of FILE_SECRETS) expect(afterReopen).not.toContain(secret);

  await page.getByRole("button", { name: "Discard the draft and start over" }).click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? ""))
    .not.toContain("# Acme's own settings");
});

test("[PROFILE]: a profile exports without secrets, and one for another target is refused", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired("profile.acme.io", "https://34.118.0.10");
  const secret = await gke.field("Session secret").inputValue();
  await page.getByText("Profile: save this configuration, or load one").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export profile" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("paletteai-gke-profile.yaml");
  const text = readFileSync(await download.path(), "utf8");
  expect(text).toContain("easel: easel.profile/v1");
  expect(text).toContain("domain: profile.acme.io");
  expect(text).not.toContain(secret);

  await page.getByLabel("Upload profile.yaml").setInputFiles({
    name: "eks.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from("easel: easel.profile/v1\nconfig:\n  target: eks\n"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "profile" })).toContainText(
    "This profile is for Amazon EKS.",
  );
  await expect(page.getByRole("link", { name: "Open that target's form" })).toBeVisible();
});
