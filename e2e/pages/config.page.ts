import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";

import { targetSummary, type TargetId } from "../../lib/targets/catalog";

/** Reads a downloaded values.yaml as Helm does (YAML 1.1). */
export function parseValues(text: string): Record<string, unknown> {
  return parse(text, { version: "1.1" }) as Record<string, unknown>;
}

export type { TargetId };

/** A target's configuration page, as a person uses it: by labels, roles and visible text. */
export class ConfigPage {
  readonly preview: Locator;
  readonly downloadButton: Locator;
  readonly errorSummary: Locator;
  /** Asked before a download while a generated local-user password was never seen. */
  readonly passwordPrompt: Locator;

  constructor(readonly page: Page) {
    this.preview = page.getByTestId("values-preview");
    this.downloadButton = page.getByRole("button", { name: "Download values.yaml" });
    this.errorSummary = page.getByRole("alert").filter({ hasText: "to download values.yaml" });
    this.passwordPrompt = page.getByRole("dialog", { name: /^Save the generated password/ });
  }

  async open(target: TargetId = "gke") {
    await this.page.goto(`/targets/${target}`);
    await this.expectTarget(target);
  }

  /** Waits until the form of `target` is on screen. */
  async expectTarget(target: TargetId) {
    await expect(
      this.page.getByRole("heading", {
        name: `Configure PaletteAI on ${targetSummary(target).name}`,
      }),
    ).toBeVisible();
    // By name: a server that asks for its access token also shows the hub panel's token form.
    await expect(
      this.page.getByRole("form", { name: `${targetSummary(target).shortName} configuration` }),
    ).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The error shown under the field with this label. */
  fieldError(label: string): Locator {
    return this.page.locator(".field", { has: this.field(label) }).locator(".field-error");
  }

  /** Opens the closed group of defaults holding the field with this label, as an admin would. */
  async reveal(label: string) {
    const group = this.page.locator("details.defaults-group", { has: this.field(label) });
    if ((await group.count()) === 0) return;
    if (!(await group.evaluate((details: HTMLDetailsElement) => details.open)))
      await group.locator("summary").click();
  }

  /** Types into a field and leaves it, as a person does: errors show once a field is left. */
  async enter(label: string, value: string) {
    await this.reveal(label);
    await this.field(label).fill(value);
    await this.field(label).blur();
  }

  async fillRequired(domain: string, hubApiServer: string) {
    await this.field("Domain").fill(domain);
    await this.field("Hub API server").fill(hubApiServer);
  }

  async waitUntilReady() {
    await expect(
      this.page.getByRole("status").filter({ hasText: "Ready to download." }),
    ).toBeVisible({ timeout: 30_000 });
  }

  /**
   * Clicks a download button and returns the download. When Easel asks first about a generated
   * password nobody saw (as it does for the form's starting admin), answers "Download anyway":
   * tests of that question use `passwordPrompt` themselves.
   */
  async startDownload(button: Locator = this.downloadButton): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await button.click();
    const asked = this.passwordPrompt.waitFor().then(() => true);
    if (await Promise.race([download.then(() => false), asked])) {
      await this.passwordPrompt.getByRole("button", { name: "Download anyway" }).click();
    }
    return download;
  }

  /** Clicks Download and returns the saved file's text. */
  async download(): Promise<{ name: string; text: string }> {
    const download = await this.startDownload();
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  async downloadValues(): Promise<Record<string, unknown>> {
    const { name, text } = await this.download();
    expect(name).toBe("values.yaml");
    return parseValues(text);
  }

  /** Reveals a secret field and reads it, as an admin does before copying it. */
  async revealSecret(label: string): Promise<string> {
    await this.page
      .getByRole("button", { name: `Show ${label}` })
      .first()
      .click();
    return this.field(label).first().inputValue();
  }
}
