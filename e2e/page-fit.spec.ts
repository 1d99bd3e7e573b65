import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

import { TARGETS } from "../lib/targets/catalog";
import { EIGHT_SPOKES_FILE } from "./fixtures/long-lists";
import { FIT_SIZES, fitProblems } from "./fixtures/page-fit";
import { expect, test } from "./fixtures/test";
import { ConfigPage, type TargetId } from "./pages/config.page";
import { HubPanel } from "./pages/hub-panel.page";

const GUIDE_FILE = readFileSync(
  path.join(__dirname, "../test/support/fixtures/gke-guide-values.yaml"),
  "utf8",
);

/** An appliance host file with one edit the installer ignores: enough to show its tables. */
const CUSTOMER_FILE = "global:\n  dns:\n    domain: customer.acme.org\n";

/** A page or a state of one, reached from a fresh browser page. */
type Screen = { name: string; open: (page: Page) => Promise<void> };

async function openTarget(page: Page, target: TargetId) {
  await new ConfigPage(page).open(target);
}

/** The GKE page editing `text`, imported as a values.yaml. */
async function openImported(page: Page, text: string) {
  await openTarget(page, "gke");
  await page.getByText("Import an existing values.yaml").click();
  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(text),
  });
  await expect(page.getByText("Editing values.yaml")).toBeVisible();
}

const SCREENS: readonly Screen[] = [
  {
    name: "start page",
    open: async (page) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    },
  },
  // From the catalog, so a new target is checked without touching this file.
  ...TARGETS.map((target) => ({
    name: `${target.shortName} configuration page`,
    open: (page: Page) => openTarget(page, target.id),
  })),
  ...(["secrets.yaml", "install.sh"] as const).map((file) => ({
    name: `GKE page showing ${file}`,
    open: async (page: Page) => {
      await openTarget(page, "gke");
      await page
        .getByRole("group", { name: "File shown" })
        .getByRole("button", { name: file })
        .click();
    },
  })),
  {
    name: "GKE page editing an imported file",
    open: (page) => openImported(page, GUIDE_FILE),
  },
  {
    name: "GKE page with a long list of spokes, one open",
    open: async (page) => {
      await openImported(page, EIGHT_SPOKES_FILE);
      await page.getByRole("button", { name: "Edit spoke 2", exact: true }).click();
      await expect(page.getByRole("button", { name: "Fold spoke 2", exact: true })).toBeVisible();
    },
  },
  {
    name: "GKE page with the hub's plan",
    open: async (page) => {
      const gke = new ConfigPage(page);
      await gke.open("gke");
      await gke.fillRequired("paletteai.fit-e2e.io", "https://34.118.22.9");
      await gke.waitUntilReady();
      // Earlier specs may have left another configuration's values on the shared test hub.
      await new HubPanel(page).planWhateverTheHubHolds();
    },
  },
  {
    name: "installer preview",
    // With a customer's file in, so its tables are on the page.
    open: async (page) => {
      await page.goto("/installer-preview");
      await page.getByLabel("Or paste values.yaml").fill(CUSTOMER_FILE);
      await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
      await page.getByLabel("Airgap").check();
      await expect(page.getByRole("table", { name: "Installer-managed fields" })).toBeVisible();
    },
  },
  {
    name: "not-found page",
    open: async (page) => {
      await page.goto("/no-such-page");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    },
  },
];

for (const size of FIT_SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const screen of SCREENS) {
      test(`[FIT]: the ${screen.name} fits ${size.width} px without sideways scroll`, async ({
        page,
      }, testInfo) => {
        await screen.open(page);
        await page.screenshot({
          path: testInfo.outputPath(
            `${screen.name.replaceAll(/\W+/g, "-")}-${size.width}x${size.height}.png`,
          ),
          fullPage: true,
        });
        const problems = await fitProblems(page);
        expect(problems.controlsOutside, "controls beyond the window's width").toEqual([]);
        expect(problems.overflowPx, "sideways scroll, in pixels").toBeLessThanOrEqual(0);
      });
    }

    test(`[FIT]: the skip link shows inside ${size.width} px when focused`, async ({ page }) => {
      await page.goto("/");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: /skip/i })).toBeFocused();
      expect((await fitProblems(page)).controlsOutside).toEqual([]);
    });
  });
}
