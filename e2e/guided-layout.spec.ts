import { accessibilityProblems } from "./fixtures/accessibility";
import { shootState } from "./fixtures/state-shots";
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

test("[GUIDED]: settings at their defaults are one line with Change, open once changed, in error or picked in the preview", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const gke = new ConfigPage(page);
  await gke.open();
  const metrics = page.locator("details.defaults-group", { has: gke.field("Query timeout") });
  const summary = metrics.locator("summary");

  // Closed: the defaults read on one line, the fields out of the way and out of the tab order.
  await expect(summary).toContainText("Defaults: agent prometheus-agent-minimal");
  await expect(summary).toContainText("Change");
  await expect(gke.field("Query timeout")).toBeHidden();
  await shootState(page.locator("#global"), "defaults-closed");

  // A line of values.yaml picked in the preview opens the group and focuses its field.
  await page.getByTestId("values-preview").getByText("scrapeInterval:").click();
  await expect(gke.field("Scrape interval")).toBeFocused();
  // Nothing changed: it closes again when asked.
  await summary.click();
  await expect(gke.field("Query timeout")).toBeHidden();

  // Change opens it from the keyboard; the values stay where the admin put them.
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(gke.field("Query timeout")).toBeVisible();
  await expect(summary).toContainText("Hide");
  await gke.enter("Query timeout", "");
  await expect(gke.fieldError("Query timeout")).toBeVisible();
  await shootState(page.locator("#global"), "defaults-open-error");
  // A field in error keeps its group open: closing it by hand is undone.
  await summary.click();
  await expect(gke.field("Query timeout")).toBeVisible();

  // A value other than the default keeps it open after a reload (the draft), with no click.
  await gke.enter("Query timeout", "45s");
  await expect(gke.fieldError("Query timeout")).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? ""))
    .toContain('"timeout":"45s"');
  await page.reload();
  await expect(gke.field("Query timeout")).toBeVisible();
  await expect(gke.field("Query timeout")).toHaveValue("45s");
  expect(await accessibilityProblems(page)).toEqual([]);
});
