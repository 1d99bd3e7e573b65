import type { Download, Locator, Page } from "@playwright/test";
import { parseAllDocuments } from "yaml";

import { htpasswdVerifies } from "../test/support/htpasswd";
import { expect, test } from "./fixtures/test";
import { parseValues } from "./pages/config.page";

type Values = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DOMAIN = "paletteai.keyboard.io";
const HUB = "https://34.118.22.40";
const OPS_PASSWORD = "an operator's keyboard passphrase";
const HF_TOKEN = "hf_typed_with_the_keyboard";

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      // Where the focus is must be visible, not only reachable.
      const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, "a visible focus outline").not.toBe("none");
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Replaces what a field holds, as a person does: select all, then type. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

async function downloadWithEnter(page: Page, button: Locator): Promise<string> {
  await tabTo(page, button);
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.keyboard.press("Enter"),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

test("[KEYBOARD]: the whole GKE flow, from the start page to both downloads, with the keyboard alone", async ({
  page,
}) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: "Google Kubernetes Engine (GKE)" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Configure PaletteAI on Google Kubernetes Engine (GKE)" }),
  ).toBeVisible();

  const field = (label: string, within: Page | Locator = page) =>
    within.getByLabel(label, { exact: true });
  await typeInto(page, field("Domain"), DOMAIN);
  await typeInto(page, field("Hub API server"), HUB);

  await tabTo(page, page.getByRole("button", { name: "Add dedicated spoke" }));
  await page.keyboard.press("Enter");
  const spoke = page.getByRole("group", { name: "Spoke 2" });
  await typeInto(page, field("Spoke name", spoke), "gpu-east");
  await typeInto(page, field("Kubeconfig context", spoke), "gke_acme_us-east1_gpu");

  await tabTo(page, page.getByRole("button", { name: "Add local user" }));
  await page.keyboard.press("Enter");
  const ops = page.getByRole("group", { name: "Local user 2" });
  await typeInto(page, field("User name", ops), "ops");
  await typeInto(page, field("Email (login)", ops), "ops@keyboard.io");
  await typeInto(page, field("Password", ops), OPS_PASSWORD);
  await typeInto(page, field("Password again", ops), OPS_PASSWORD);

  await typeInto(page, field("Tenant or Project namespace"), "primary-dev");
  await tabTo(page, field("Create the Hugging Face token's Secret"));
  await page.keyboard.press("Space");
  await typeInto(page, field("Hugging Face token"), HF_TOKEN);

  await expect(page.getByRole("status").filter({ hasText: "Ready to download." })).toBeVisible({
    timeout: 30_000,
  });
  // The starting admin's password was generated and nobody saw it: Easel asks first, in a
  // dialog that takes the focus; showing the password there lets the download go on.
  await tabTo(page, page.getByRole("button", { name: "Download values.yaml" }));
  await page.keyboard.press("Enter");
  const prompt = page.getByRole("dialog", { name: "Save the generated password first" });
  await expect(prompt).toContainText(`admin (admin@${DOMAIN})`);
  await expect(prompt).not.toContainText("ops@keyboard.io");
  const show = prompt.getByRole("button", { name: `Show the password of admin (admin@${DOMAIN})` });
  await expect(show).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(prompt.getByRole("listitem").locator("code")).not.toContainText("••••••••");
  const values: Values = parseValues(
    await downloadWithEnter(page, prompt.getByRole("button", { name: "Download", exact: true })),
  );
  await expect(prompt).toBeHidden();
  await expect(page.getByRole("button", { name: "Download values.yaml" })).toBeFocused();
  expect(values.global.dns.domain).toBe(DOMAIN);
  expect(values.fleetConfig.hub.apiServer).toBe(HUB);
  expect(values.fleetConfig.spokes.map((entry: Values) => entry.name)).toEqual([
    "hub-as-spoke",
    "gpu-east",
  ]);
  const [, opsUser] = values.dex.config.staticPasswords;
  expect(opsUser.email).toBe("ops@keyboard.io");
  expect(htpasswdVerifies("ops", opsUser.hash, OPS_PASSWORD)).toBe(true);

  const secrets = parseAllDocuments(
    await downloadWithEnter(page, page.getByRole("button", { name: "Download secrets.yaml" })),
  ).map((document) => document.toJS() as Values);
  const token = secrets.find((secret) => secret.metadata?.name === "huggingface-token");
  expect(token?.metadata.namespace).toBe("primary-dev");
  expect(Buffer.from(token?.data.token, "base64").toString()).toBe(HF_TOKEN);
});
