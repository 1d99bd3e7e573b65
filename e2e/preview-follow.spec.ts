import type { Locator, Page } from "@playwright/test";

import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const DOMAIN = "paletteai.follow.example.org";
const HUB = "https://34.118.22.9";

/** The preview's lines highlighted as the focused field's. */
function highlightedLines(preview: Locator): Locator {
  return preview.locator(".preview-line[data-current]");
}

/** Whether `line` is within the preview's visible box (the preview scrolls on its own). */
async function isInPreviewView(preview: Locator, line: Locator): Promise<boolean> {
  const [box, lineBox] = await Promise.all([preview.boundingBox(), line.boundingBox()]);
  if (!box || !lineBox) return false;
  return lineBox.y >= box.y && lineBox.y + lineBox.height <= box.y + box.height;
}

/** The GKE page at laptop size, the preview beside the form, with its two required fields filled. */
async function openFilled(page: Page): Promise<ConfigPage> {
  await page.setViewportSize({ width: 1440, height: 900 });
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  return gke;
}

test("[PREVIEW-FOLLOW]: a focused field's lines of values.yaml are highlighted and scrolled into view", async ({
  page,
}) => {
  const gke = await openFilled(page);

  // The domain lands in several places, each derived from it: every one of them is highlighted.
  await gke.field("Domain").focus();
  const lines = highlightedLines(gke.preview);
  // global.dns.domain and canvas.ingress.domain.
  await expect(lines.filter({ hasText: `domain: ${DOMAIN}` })).toHaveCount(2);
  await expect(lines.filter({ hasText: `issuer: https://${DOMAIN}/dex` })).toHaveCount(1);
  await expect(lines.filter({ hasText: "apiServer:" })).toHaveCount(0);

  // Typing keeps the field's lines highlighted with what was typed.
  await page.keyboard.press("End");
  await page.keyboard.type("x");
  await expect(lines.filter({ hasText: `domain: ${DOMAIN}x` })).toHaveCount(2);

  // A field far down values.yaml: the preview scrolls to its line, the page stays at the field.
  const userName = page.getByLabel("User name", { exact: true }).first();
  await userName.fill("follow-admin");
  await userName.focus();
  const userLine = lines.filter({ hasText: "username: follow-admin" });
  await expect(userLine).toHaveCount(1);
  await expect.poll(() => isInPreviewView(gke.preview, userLine)).toBe(true);
  await expect(userName).toBeInViewport();

  // A switch: where it lands is found by flipping it, and still after it was flipped.
  const lookup = gke.field("Look up the hub's internal endpoint from the cluster-info ConfigMap");
  await lookup.focus();
  await expect(lines).toHaveText([/^\s*forceInternalEndpointLookup: false\s*$/]);
  await lookup.press("Space");
  await expect(lines).toHaveText([/^\s*forceInternalEndpointLookup: true\s*$/]);
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[PREVIEW-FOLLOW]: a click on a preview line, or Enter on it, focuses the field that writes it", async ({
  page,
}) => {
  const gke = await openFilled(page);

  // A derived value leads to the field it is derived from.
  await gke.preview
    .locator(".preview-line", { hasText: `issuer: https://${DOMAIN}/dex` })
    .first()
    .click();
  await expect(gke.field("Domain")).toBeFocused();

  await gke.preview.locator(".preview-line", { hasText: `apiServer: ${HUB}` }).click();
  await expect(gke.field("Hub API server")).toBeFocused();

  // By keyboard: the arrow keys walk the lines from the focused field's first one, Enter picks.
  await gke.field("Hub API server").focus();
  await gke.preview.focus();
  await page.keyboard.press("ArrowDown");
  const focusedLine = gke.preview.locator(".preview-line:focus");
  await expect(focusedLine).toContainText(`apiServer: ${HUB}`);
  for (let presses = 0; presses < 400; presses++) {
    if (((await focusedLine.textContent()) ?? "").includes(`domain: ${DOMAIN}`)) break;
    await page.keyboard.press("ArrowDown");
  }
  await expect(focusedLine).toContainText(`domain: ${DOMAIN}`);
  await page.keyboard.press("Enter");
  await expect(gke.field("Domain")).toBeFocused();
});
