import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures/test";

import { ConfigPage, type TargetId } from "./pages/config.page";

const TARGET_IDS: TargetId[] = ["gke", "eks", "aws-iaas", "kubernetes", "appliance"];

/** Rules that each say a control has no name a screen reader could speak. */
const NAME_RULES = new Set([
  "label",
  "select-name",
  "button-name",
  "link-name",
  "input-button-name",
  "aria-input-field-name",
  "aria-toggle-field-name",
]);

/** What axe finds on the page as it is now, against WCAG 2.1 A and AA. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return violations
    .filter(
      (violation) =>
        violation.impact === "serious" ||
        violation.impact === "critical" ||
        NAME_RULES.has(violation.id),
    )
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

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
