import type { Page } from "@playwright/test";

import { accessibilityProblems } from "./fixtures/accessibility";
import { shootState } from "./fixtures/state-shots";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const FORM = { name: "GKE configuration" } as const;

/**
 * Holds back every script of the page until the returned function is called: the page is then
 * only what the server rendered, as on a slow network before the form's code has arrived.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where the caret is in the focused field. */
const caret = (page: Page) =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    return [input.selectionStart, input.selectionEnd];
  });

test("[LOADING]: the Start here fields take typing before the form's code arrives, and the form keeps it", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  const release = await holdScripts(page);
  await page.goto("/targets/gke", { waitUntil: "domcontentloaded" });
  await expect(
    page.getByRole("status").filter({ hasText: "Loading the rest of the form…" }),
  ).toBeVisible();
  await expect(page.getByRole("form", FORM)).toHaveCount(0);
  // The server's page alone: every control named, nothing for the downloads to act on yet.
  expect(await accessibilityProblems(page)).toEqual([]);
  await expect(page.getByRole("button", { name: /^Download/, disabled: false })).toHaveCount(0);
  await shootState(page.locator("main"), "form-loading");

  // Typed as a person does: the hub's address first (left, so checked), then the domain, the
  // caret moved back one character at the end.
  await gke.field("Hub API server").fill("https://34.118.0.9");
  await gke.field("Domain").click();
  await page.keyboard.type("paletteai.acme.o");
  await page.keyboard.press("ArrowLeft");
  expect(await caret(page)).toEqual([15, 15]);

  release();
  await expect(page.getByRole("form", FORM)).toBeVisible();
  await expect(gke.field("Domain")).toHaveValue("paletteai.acme.o");
  await expect(gke.field("Hub API server")).toHaveValue("https://34.118.0.9");
  await expect(gke.field("Domain")).toBeFocused();
  expect(await caret(page)).toEqual([15, 15]);
  // The next keystroke lands where the caret was.
  await page.keyboard.type("i");
  await expect(gke.field("Domain")).toHaveValue("paletteai.acme.io");

  // Both are the form's own values: in the preview and in the draft.
  await expect(gke.preview).toContainText("domain: paletteai.acme.io");
  await expect(gke.preview).toContainText("https://34.118.0.9");
  const draft = () => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? "");
  await expect.poll(draft).toContain("paletteai.acme.io");
  await expect.poll(draft).toContain("34.118.0.9");
});

test("[LOADING]: typing while a draft loads never replaces the draft's value unseen", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired("draft.acme.io", "https://34.118.0.10");
  const draft = () => page.evaluate(() => localStorage.getItem("easel:draft:gke") ?? "");
  await expect.poll(draft).toContain("34.118.0.10");

  const release = await holdScripts(page);
  await page.reload({ waitUntil: "domcontentloaded" });
  // The server cannot know the draft: its fields are empty, and the admin types into one.
  await expect(gke.field("Domain")).toHaveValue("");
  await gke.field("Domain").fill("typed.acme.io");
  release();

  await expect(page.getByRole("form", FORM)).toBeVisible();
  await expect(page.getByText(/Restored your draft/)).toBeVisible();
  await expect(gke.field("Domain")).toHaveValue("draft.acme.io");
  await expect(gke.field("Domain")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "typed.acme.io" })).toHaveText(
    "Domain is draft.acme.io, from your draft: what you typed while the form loaded, “typed.acme.io”, was not used. Type it again if you meant it.",
  );
  await expect(gke.field("Hub API server")).toHaveValue("https://34.118.0.10");
  await shootState(page.locator("main"), "typed-while-draft-loaded");
});

test("[LOADING]: the import opened before the form's code arrives is open in the form, its summary focused", async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto("/targets/gke", { waitUntil: "domcontentloaded" });
  const summary = page.getByText("Import an existing values.yaml", { exact: true });
  await summary.click();
  await expect(page.getByText("Loading the import…")).toBeVisible();
  release();

  await expect(page.getByRole("form", FORM)).toBeVisible();
  await expect(page.getByLabel("Upload values.yaml")).toBeVisible();
  await expect(summary).toBeFocused();
  // Still the admin's to close: nothing holds it open.
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Upload values.yaml")).toBeHidden();
});

test("[LOADING]: without JavaScript the page still shows the Start here fields and says why nothing more", async ({
  browser,
  baseURL,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/targets/eks");
  await expect(page.getByLabel("Domain", { exact: true })).toBeEditable();
  await expect(page.getByLabel("Hub API server", { exact: true })).toBeEditable();
  // Nothing generated is in the server's page: no password, token or secret field at all.
  await expect(page.locator("input")).toHaveCount(2);
  await context.close();
  // (Chromium's switch for scripts does not show <noscript>, which a browser without them does.)
  const html = await (await request.get("/targets/eks")).text();
  expect(html).toMatch(
    /<noscript>.*Easel(&#x27;|')s form needs JavaScript: turn it on and reload\..*<\/noscript>/s,
  );
});
