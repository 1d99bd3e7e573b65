import type { Locator, Page } from "@playwright/test";

import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const PHONE = { width: 390, height: 844 };

function downloadBar(page: Page): Locator {
  return page.getByRole("region", { name: "Downloads" });
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("[DOWNLOAD-BAR]: the downloads stay at the top of the screen and work from the keyboard", async ({
    page,
  }) => {
    const gke = new ConfigPage(page);
    await gke.open();
    const bar = downloadBar(page);
    await expect(bar.getByRole("button")).toHaveText([
      "Download values.yaml",
      "Download secrets.yaml",
      "Download install.sh",
      "Download all (.zip)",
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);

    await gke.fillRequired("paletteai.bar-e2e.io", "https://34.118.22.9");
    await gke.waitUntilReady();
    // Far down the form, the bar is still on screen, at its top.
    await page.getByRole("heading", { name: "Integrations" }).scrollIntoViewIfNeeded();
    await expect(bar).toBeInViewport();
    expect((await bar.boundingBox())?.y).toBe(0);

    const download = page.waitForEvent("download");
    await bar.getByRole("button", { name: "Download secrets.yaml" }).focus();
    await page.keyboard.press("Enter");
    const asked = gke.passwordPrompt.waitFor().then(() => true);
    if (await Promise.race([download.then(() => false), asked])) {
      await gke.passwordPrompt.getByRole("button", { name: "Download anyway" }).press("Enter");
    }
    expect((await download).suggestedFilename()).toBe("secrets.yaml");
  });
});

// A phone, where the bar has two rows, and a narrow window, where it has one.
for (const viewport of [PHONE, { width: 820, height: 1000 }]) {
  test(`[DOWNLOAD-BAR]: at ${viewport.width} px a field reached with Tab or Shift+Tab is never under the bar`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const gke = new ConfigPage(page);
    await gke.open();
    const bar = downloadBar(page);
    await gke.field("Domain").focus();
    // Forward, fields come in at the bottom of the screen; backward, at the top, under the bar.
    for (let stop = 0; stop < 100; stop++) {
      await page.keyboard.press(stop < 50 ? "Tab" : "Shift+Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element.closest(".download-bar")) return undefined;
        const box = element.getBoundingClientRect();
        return { label: element.outerHTML.slice(0, 80), top: box.top, bottom: box.bottom };
      });
      if (!focused) continue;
      const barBox = await bar.boundingBox();
      const barBottom = (barBox?.y ?? 0) + (barBox?.height ?? 0);
      expect(focused.top, `${focused.label} starts below the bar`).toBeGreaterThanOrEqual(
        barBottom - 0.5,
      );
      expect(focused.top, `${focused.label} starts on screen`).toBeLessThan(viewport.height);
    }
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`[DOWNLOAD-BAR]: at ${viewport.width} px the preview beside the form has the downloads, and no bar shows`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await new ConfigPage(page).open();
    await expect(downloadBar(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Download all (.zip)" })).toBeVisible();
  });
}
