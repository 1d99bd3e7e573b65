import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const DOMAIN = "paletteai.steps.example.org";
const HUB = "https://34.118.22.11";

test("[GUIDED]: the side navigation shows each section as a step with its state and marks the current one", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const gke = new ConfigPage(page);
  await gke.open();
  const nav = page.getByRole("navigation", { name: "Configuration sections" });
  const step = (title: string) => nav.getByRole("link", { name: new RegExp(`^${title}, `) });

  // Nothing typed yet: the required fields' step says so; sections at the guide's values are optional.
  await expect(step("Start here")).toHaveAccessibleName("Start here, required");
  await expect(step("Canvas")).toHaveAccessibleName("Canvas, optional");
  await expect(step("Start here")).toHaveAttribute("aria-current", "step");

  await gke.fillRequired(DOMAIN, HUB);
  await expect(step("Start here")).toHaveAccessibleName("Start here, done");

  // An error on screen in a section shows at its step, and leaves with it.
  await gke.enter("Audit user name", "");
  await expect(gke.fieldError("Audit user name")).toBeVisible();
  await expect(step("Global")).toHaveAccessibleName("Global, has errors");
  await gke.enter("Audit user name", "audit");
  await expect(step("Global")).toHaveAccessibleName("Global, optional");

  // The section being edited is the current step, and only it.
  await page.getByLabel("User name", { exact: true }).first().focus();
  await expect(step("Identity")).toHaveAttribute("aria-current", "step");
  await expect(nav.locator('[aria-current="step"]')).toHaveCount(1);

  // The hub panel stays the last step.
  await expect(nav.getByRole("link").last()).toHaveText("Apply to the hub");
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[GUIDED]: the two required fields come first, one Tab apart, above the fold at 1280x720", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const gke = new ConfigPage(page);
  await gke.open();
  const domain = gke.field("Domain");
  const hub = gke.field("Hub API server");
  await expect(domain).toHaveAttribute("aria-required", "true");
  await expect(hub).toHaveAttribute("aria-required", "true");

  await expect(domain).toBeInViewport({ ratio: 1 });
  await expect(hub).toBeInViewport({ ratio: 1 });

  await domain.focus();
  await page.keyboard.press("Tab");
  await expect(hub).toBeFocused();
});
