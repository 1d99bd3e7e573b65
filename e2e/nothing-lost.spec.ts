import { SAMPLE_DEX_HASH } from "../test/support/target-config";
import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const DOMAIN = "paletteai.kept.io";
const HUB = "https://34.118.0.77";
const ADMIN = `admin (admin@${DOMAIN})`;

async function openReady(page: ConfigPage["page"]): Promise<ConfigPage> {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await gke.waitUntilReady();
  return gke;
}

test("[DOWNLOAD]: an unseen generated password is asked about first; once revealed or copied, downloads go on", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  let downloads = 0;
  page.on("download", () => downloads++);
  const gke = await openReady(page);
  // A second user whose password the admin typed: never asked about.
  await page.getByRole("button", { name: "Add local user" }).click();
  const ops = page.getByRole("group", { name: "Local user 2" });
  await ops.getByLabel("Password", { exact: true }).fill("a passphrase typed by the admin");
  await ops.getByLabel("Password again", { exact: true }).fill("a passphrase typed by the admin");
  await gke.waitUntilReady();

  const secretsButton = page.getByRole("button", { name: "Download secrets.yaml" });
  await secretsButton.click();
  await expect(gke.passwordPrompt).toBeVisible();
  await expect(gke.passwordPrompt).toContainText(ADMIN);
  await expect(gke.passwordPrompt.getByRole("listitem")).toHaveCount(1);
  await expect(
    gke.passwordPrompt.getByRole("button", { name: `Show the password of ${ADMIN}` }),
  ).toBeFocused();
  expect(await accessibilityProblems(page)).toEqual([]);
  // Escape cancels: nothing is downloaded and the focus is back on the button.
  await page.keyboard.press("Escape");
  await expect(gke.passwordPrompt).toBeHidden();
  await expect(secretsButton).toBeFocused();
  expect(downloads).toBe(0);

  // Revealed in the form: seen, so the download goes on without asking.
  const admin = page.getByRole("group", { name: "Local user 1" });
  await admin.getByRole("button", { name: "Show Password", exact: true }).click();
  const download = page.waitForEvent("download");
  await gke.downloadButton.click();
  expect((await download).suggestedFilename()).toBe("values.yaml");
  await expect(gke.passwordPrompt).toHaveCount(0);

  // Regenerated: unseen again. Copying it in the dialog lets the download go on.
  await admin.getByRole("button", { name: "Generate Password", exact: true }).click();
  await gke.waitUntilReady();
  await page.getByRole("button", { name: "Download install.sh" }).click();
  await expect(gke.passwordPrompt).toContainText(ADMIN);
  await gke.passwordPrompt.getByRole("button", { name: `Copy the password of ${ADMIN}` }).click();
  // (The page's Permissions-Policy forbids reading the clipboard back; "Copied" shows only once
  // the browser took the text.)
  await expect(gke.passwordPrompt.getByRole("status")).toHaveText("Copied");
  const script = page.waitForEvent("download");
  await gke.passwordPrompt.getByRole("button", { name: "Download", exact: true }).click();
  expect((await script).suggestedFilename()).toBe("install.sh");
  const bundle = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download all (.zip)" }).click();
  expect((await bundle).suggestedFilename()).toBe("paletteai-gke-install.zip");
  await expect(gke.passwordPrompt).toHaveCount(0);
});

test("[DOWNLOAD]: an imported bcrypt hash never asks", async ({ page }) => {
  const gke = await openReady(page);
  await page.getByLabel("Paste an existing bcrypt hash instead of a password").check();
  await gke.enter("bcrypt hash", SAMPLE_DEX_HASH);
  await gke.waitUntilReady();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download all (.zip)" }).click();
  expect((await download).suggestedFilename()).toBe("paletteai-gke-install.zip");
  await expect(gke.passwordPrompt).toHaveCount(0);
});

test("[LEAVE]: closing the page asks while a generated secret was never downloaded, and not once all was", async ({
  page,
}) => {
  const gke = await openReady(page);
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const prompt = await asked;
  expect(prompt.type()).toBe("beforeunload");
  await prompt.dismiss();
  expect(page.isClosed()).toBe(false);

  // values.yaml holds every secret of this configuration: nothing left to lose.
  await gke.startDownload();
  // A secret changed since: asks again, until saved once more.
  await page.getByRole("button", { name: "Generate Session secret" }).click();
  const again = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const second = await again;
  expect(second.type()).toBe("beforeunload");
  await second.dismiss();

  await gke.startDownload(page.getByRole("button", { name: "Download all (.zip)" }));
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual([]);
});
