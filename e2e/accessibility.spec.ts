import { TARGET_IDS } from "../lib/targets/catalog";
import { GUIDE_DOMAIN, OLD_DOMAIN_FILE } from "../test/support/old-domain-file";
import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";
import { OldDomainPlacesView } from "./pages/old-domain-places.page";
import { RestoredDraftNotice } from "./pages/restored-draft.page";

test("[A11Y]: the start page and the installer preview have no serious problems", async ({
  page,
}) => {
  await page.goto("/");
  expect(await accessibilityProblems(page)).toEqual([]);

  await page.goto("/installer-preview");
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.getByLabel("Or paste values.yaml").fill("global:\n  dns:\n    domain: acme.org\n");
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await page.getByLabel("Root domain").fill("ai.acme.org");
  await expect(page.getByRole("table", { name: "Installer-managed fields" })).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);

  await page.goto("/no-such-page");
  expect(await accessibilityProblems(page)).toEqual([]);
});

for (const target of TARGET_IDS) {
  test(`[A11Y]: ${target}'s form, empty and showing its errors, has no serious problems`, async ({
    page,
  }) => {
    const form = new ConfigPage(page);
    await form.open(target);
    expect(await accessibilityProblems(page)).toEqual([]);

    await form.downloadButton.click();
    await expect(form.errorSummary).toBeVisible();
    expect(await accessibilityProblems(page)).toEqual([]);
  });
}

test("[A11Y]: the guide's registry users' warning, and their new passwords after the action", async ({
  page,
}) => {
  const form = new ConfigPage(page);
  await form.open("gke");
  const registry = page.getByRole("region", { name: "OCI registry" });
  await expect(registry).toContainText("have public passwords");
  expect(await accessibilityProblems(page)).toEqual([]);
  await registry
    .getByRole("button", { name: "Give the guide's registry users new passwords" })
    .click();
  await expect(registry.getByRole("group", { name: "Registry user 2" })).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[A11Y]: every connector type's form, its settings unfolded, showing errors and warnings", async ({
  page,
}) => {
  const form = new ConfigPage(page);
  await form.open("gke");
  const picker = page.getByLabel("Type of connector to add");
  const types = await picker.locator("option").allTextContents();
  expect(types.length).toBeGreaterThan(7);
  for (const type of types) {
    await picker.selectOption({ label: type });
    await page.getByRole("button", { name: "Add connector" }).click();
  }
  for (const summary of await page.getByText(/^More settings/).all()) await summary.click();
  const ldap = page.getByRole("group", { name: /^Connector \d+: LDAP/ });
  await ldap.getByLabel("Host", { exact: true }).fill("ldap.acme.io");
  await ldap.getByLabel("Use StartTLS", { exact: true }).check();
  await expect(ldap.locator(".field-warning")).toContainText("port 636");
  await form.downloadButton.click();
  await expect(form.errorSummary).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[A11Y]: the places an imported file still names its old domain, and after replacing them", async ({
  page,
}) => {
  const form = new ConfigPage(page);
  const view = new OldDomainPlacesView(page);
  await form.open("gke");
  await page.getByText("Import an existing values.yaml").click();
  await page.getByLabel("Or paste values.yaml").fill(OLD_DOMAIN_FILE);
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await form.field("Domain").fill("paletteai.acme.io");
  await expect(view.places(GUIDE_DOMAIN)).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);

  await view.replaceButton.click();
  await expect(page.getByRole("status").filter({ hasText: "Replaced" })).toBeFocused();
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[A11Y]: a restored draft's notice of the file's missing secrets, a refused file, and after re-opening it", async ({
  page,
}) => {
  const form = new ConfigPage(page);
  const draft = new RestoredDraftNotice(page);
  await form.open("gke");
  await page.getByText("Import an existing values.yaml").click();
  await page.getByLabel("Or paste values.yaml").fill(OLD_DOMAIN_FILE);
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? ""))
    .toContain('"file"');
  await page.reload();
  await expect(draft.missingSecrets("pasted values.yaml")).toBeVisible();
  await page.getByText("Re-open pasted values.yaml", { exact: true }).click();
  expect(await accessibilityProblems(page)).toEqual([]);

  await draft.reopen("pasted values.yaml", `${OLD_DOMAIN_FILE}extra: 1\n`);
  await expect(draft.notice.getByRole("alert")).toContainText("different file");
  expect(await accessibilityProblems(page)).toEqual([]);

  await draft.reopen("pasted values.yaml", OLD_DOMAIN_FILE);
  await expect(draft.notice).toContainText("its secrets are back");
  expect(await accessibilityProblems(page)).toEqual([]);

  // Stopping editing forgets the file from the draft too.
  await page.getByRole("button", { name: "Stop editing this file" }).click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? ""))
    .not.toContain('"file"');
});

test("[A11Y]: the question asked before a download loses a generated password has no serious problems", async ({
  page,
}) => {
  const form = new ConfigPage(page);
  await form.open("gke");
  await form.fillRequired("paletteai.a11y.io", "https://34.118.0.10");
  await form.waitUntilReady();
  await form.downloadButton.click();
  await expect(form.passwordPrompt).toBeVisible();
  expect(await accessibilityProblems(page)).toEqual([]);
  await form.passwordPrompt.getByRole("button", { name: /^Show the password of/ }).click();
  expect(await accessibilityProblems(page)).toEqual([]);
});
