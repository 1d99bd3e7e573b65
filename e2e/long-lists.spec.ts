import type { Page } from "@playwright/test";

import { accessibilityProblems } from "./fixtures/accessibility";
import { EIGHT_SPOKES_FILE } from "./fixtures/long-lists";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

function spoke(page: Page, position: number) {
  const group = page.getByRole("group", { name: `Spoke ${position}`, exact: true });
  return {
    group,
    name: group.getByLabel("Spoke name", { exact: true }),
    edit: group.getByRole("button", { name: `Edit spoke ${position}`, exact: true }),
    fold: group.getByRole("button", { name: `Fold spoke ${position}`, exact: true }),
  };
}

async function importEightSpokes(page: Page): Promise<ConfigPage> {
  await page.setViewportSize({ width: 1440, height: 900 });
  const gke = new ConfigPage(page);
  await gke.open();
  await page.getByText("Import an existing values.yaml").click();
  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(EIGHT_SPOKES_FILE),
  });
  await expect(page.getByText("Editing values.yaml")).toBeVisible();
  return gke;
}

test("[LONG-LISTS]: a long list's items fold into summaries; Edit opens one, an error or a new item opens by itself", async ({
  page,
}) => {
  await importEightSpokes(page);

  // Folded: one line of what the spoke is and Edit; its fields are not on the page.
  const second = spoke(page, 2);
  await expect(second.group).toContainText("gpu-1: a dedicated cluster");
  await expect(second.edit).toHaveAttribute("aria-expanded", "false");
  await expect(second.name).toHaveCount(0);
  await expect(spoke(page, 1).group).toContainText("hub-as-spoke: this hub as a spoke");

  // The spoke holding an error is open, its error at the field, and cannot be folded.
  const invalid = spoke(page, 4);
  await expect(invalid.name).toHaveValue("GPU_3");
  await expect(invalid.group.locator(".field-error")).not.toHaveCount(0);
  await expect(invalid.fold).toHaveCount(0);

  // By keyboard: Enter on Edit opens the spoke, focus stays on the button, Tab reaches its fields.
  await second.edit.focus();
  await page.keyboard.press("Enter");
  await expect(second.fold).toBeFocused();
  await expect(second.fold).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(second.group.getByRole("radio", { name: "A dedicated cluster" })).toBeFocused();
  await second.name.fill("gpu-one");
  await second.fold.click();
  await expect(second.name).toHaveCount(0);
  // Folded, the value stays: in the summary and in values.yaml.
  await expect(second.group).toContainText("gpu-one: a dedicated cluster");
  const gke = new ConfigPage(page);
  await expect(gke.preview).toContainText("name: gpu-one");

  // A spoke added to the long list starts open.
  await page.getByRole("button", { name: "Add dedicated spoke" }).click();
  const added = spoke(page, 9);
  await expect(added.name).toBeVisible();
  await expect(added.fold).toHaveAttribute("aria-expanded", "true");
  await expect(spoke(page, 3).name).toHaveCount(0);
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[LONG-LISTS]: a click on a preview line of a folded spoke opens it and focuses the field", async ({
  page,
}) => {
  const gke = await importEightSpokes(page);
  const sixth = spoke(page, 6);
  await expect(sixth.name).toHaveCount(0);
  await gke.preview.locator(".preview-line", { hasText: "name: gpu-5" }).first().click();
  await expect(sixth.name).toBeFocused();
  await expect(sixth.name).toHaveValue("gpu-5");
});

test("[LONG-LISTS]: in a long list, items with a password still to hash open and hash it; the others stay folded", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired("paletteai.long-lists.io", "https://34.118.22.9");
  const registry = page.getByRole("region", { name: "OCI registry" });
  for (let added = 0; added < 4; added++) {
    await registry.getByRole("button", { name: "Add registry user" }).click();
  }
  await gke.waitUntilReady();
  // The guide's two users come back as registry users 1 and 2 with new passwords: six in all.
  await registry
    .getByRole("button", { name: "Give the guide's registry users new passwords" })
    .click();
  for (const position of [1, 2]) {
    const user = registry.getByRole("group", { name: `Registry user ${position}`, exact: true });
    await expect(user.getByLabel("Password", { exact: true })).toBeVisible();
    await expect(user.locator(".hash-status")).toContainText("bcrypt hash ready");
  }
  for (const position of [3, 4, 5, 6]) {
    const user = registry.getByRole("group", { name: `Registry user ${position}`, exact: true });
    await expect(
      user.getByRole("button", { name: `Edit registry user ${position}` }),
    ).toBeVisible();
  }
  await gke.waitUntilReady();
  const values = (await gke.downloadValues()) as { zot: { secretFiles: { htpasswd: string } } };
  const lines = values.zot.secretFiles.htpasswd.split("\n");
  expect(lines).toHaveLength(6);
  for (const line of lines) expect(line).toMatch(/^[\w-]+:\$2[aby]\$\d\d\$/);
});
