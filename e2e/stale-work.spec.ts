import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

import { SECRET_MASK } from "../lib/secrets/secret-mask";
import { htpasswdVerifies } from "../test/support/htpasswd";
import { SAMPLE_DEX_HASH } from "../test/support/target-config";
import { expect, test } from "./fixtures/test";
import { ConfigPage, parseValues, type TargetId } from "./pages/config.page";

// The form starts with a local admin whose generated password is hashed in a Web Worker. Whatever
// the admin does while a hash runs must win over it: the hash is of a password no longer there.

const GUIDE_FILE = readFileSync(
  path.join(__dirname, "../test/support/fixtures/gke-guide-values.yaml"),
  "utf8",
);
const GUIDE_HASH = "$2b$12$cGJ.JoO/sz5H05dcgWctyehIWC8u9sCK1BFM1XMF252tv0dLVcTyS";
/** Long enough for any hashing job started at arrival to have finished. */
const HASHING_SETTLES_MS = 10_000;
/** Races are won or lost by milliseconds: each is tried several times. */
const TRIES = 2;

/** The hashes values.yaml would get, read from the form's own preview with its secrets shown. */
async function previewHashes(page: Page): Promise<string[]> {
  const reveal = page.getByRole("button", { name: "Reveal secrets" });
  if (await reveal.isVisible()) await reveal.click();
  const form = new ConfigPage(page);
  await expect(form.preview).not.toContainText(SECRET_MASK);
  const text = (await form.preview.textContent()) ?? "";
  return [...text.matchAll(/hash: ['"]?(\$2[aby]\$\d\d\$[./A-Za-z0-9]{53})/g)].map(
    (match) => match[1] as string,
  );
}

/**
 * Opens a target's form afresh and starts a slow hash of its admin's generated password (bcrypt's
 * cost 14 takes seconds), so what the test does next surely happens while it runs.
 */
async function arriveWhileHashing(page: Page, target: TargetId = "gke") {
  // Nothing typed in an earlier try may come back as a draft.
  await page.goto("/");
  await page.evaluate(() => window.localStorage.clear());
  const form = new ConfigPage(page);
  await form.open(target);
  await form.field("bcrypt cost").selectOption("14");
  await expect(page.getByText("Computing the bcrypt hash…")).toBeVisible();
}

test("[STALE]: a file imported right after arriving keeps its own hash", async ({ page }) => {
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    await arriveWhileHashing(page);
    await page.getByText("Import an existing values.yaml").click();
    await page.getByLabel("Or paste values.yaml").fill(GUIDE_FILE);
    await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
    await expect(page.getByText("Editing pasted values.yaml")).toBeVisible();
    await page.waitForTimeout(HASHING_SETTLES_MS);
    expect(await previewHashes(page), `try ${attempt + 1}`).toEqual([GUIDE_HASH]);
  }
});

test("[STALE]: a profile loaded right after arriving keeps its own hash", async ({ page }) => {
  const profile = [
    "easel: easel.profile/v1",
    "config:",
    "  target: gke",
    "  identity:",
    "    localUsers:",
    `      - { username: ops, userID: ops-1, hash: '${SAMPLE_DEX_HASH}' }`,
    "",
  ].join("\n");
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    await arriveWhileHashing(page);
    await page.getByText("Profile: save this configuration, or load one").click();
    await page.getByLabel("Upload profile.yaml").setInputFiles({
      name: "profile.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(profile),
    });
    await expect(new ConfigPage(page).field("User name")).toHaveValue("ops");
    await page.waitForTimeout(HASHING_SETTLES_MS);
    expect(await previewHashes(page), `try ${attempt + 1}`).toEqual([SAMPLE_DEX_HASH]);
  }
});

test("[STALE]: switching target right after arriving hashes the password the form shows", async ({
  page,
}) => {
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    await arriveWhileHashing(page);
    await page
      .getByRole("navigation", { name: "Install target" })
      .getByRole("link")
      .first()
      .click();
    const eks = new ConfigPage(page);
    await eks.expectTarget("eks");
    await page.waitForTimeout(HASHING_SETTLES_MS);
    const [hash] = await previewHashes(page);
    const password = await eks.revealSecret("Password");
    expect(hash, `try ${attempt + 1}`).toBeDefined();
    expect(htpasswdVerifies("admin", hash as string, password), `try ${attempt + 1}`).toBe(true);
    await eks.fillRequired("switch.acme.io", "https://34.118.0.10");
    const values = parseValues((await eks.download()).text) as {
      dex: { config: { staticPasswords: { hash: string }[] } };
    };
    expect(values.dex.config.staticPasswords[0]?.hash).toBe(hash);
  }
});
