import { expect, type Locator, type Page } from "@playwright/test";

import type { HelmReleaseName } from "../../lib/hub/helm-release";

/** The hub panel's Helm path, as an admin uses it: by roles and labels. */
export class HelmPanel {
  readonly panel: Locator;
  readonly preflight: Locator;
  readonly section: Locator;
  readonly previewButton: Locator;
  readonly preview: Locator;
  readonly otherConfiguration: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole("region", { name: "Apply to the hub cluster" });
    this.preflight = this.panel.getByRole("region", { name: "Preflight" });
    this.section = this.panel.getByRole("region", { name: "Install or upgrade with Helm" });
    this.previewButton = this.section.getByRole("button", { name: "Preview", exact: true });
    this.preview = this.section.getByRole("region", { name: /^Preview: / });
    this.otherConfiguration = this.section.getByRole("region", {
      name: "The hub runs another configuration",
    });
    this.history = this.section.getByRole("region", { name: "Release history" });
  }

  /** Connects to an Easel server that asks for its access token first. */
  async connect(token: string) {
    await this.panel.getByLabel("Access token").fill(token);
    await this.panel.getByRole("button", { name: "Connect" }).click();
    await expect(this.preflight).toContainText("reachable");
  }

  /** "Install with Helm" or "Upgrade with Helm". */
  primaryButton(name: "Install with Helm" | "Upgrade with Helm"): Locator {
    return this.section.getByRole("button", { name, exact: true });
  }

  /**
   * Asks for a preview whatever the hub holds (past the warning that it runs another
   * configuration), without waiting for its answer: tests of a refused preview wait for the alert.
   */
  async askForPreview() {
    await expect(this.preflight).toContainText("Values on the hub");
    if (await this.otherConfiguration.isVisible()) {
      await this.otherConfiguration
        .getByRole("button", { name: "Preview this configuration anyway" })
        .click();
    }
    await this.previewButton.click();
  }

  /** Previews whatever the hub holds, and waits for the preview. */
  async previewNow() {
    await this.askForPreview();
    await expect(this.preview).toBeVisible({ timeout: 60_000 });
  }

  /** The objects the preview says a release creates, changes or deletes. */
  previewed(change: "Created" | "Changed" | "Deleted", release: HelmReleaseName): Locator {
    return this.preview
      .getByRole("list", { name: `${change} by ${release}`, exact: true })
      .getByRole("listitem");
  }

  /** A Helm operation's progress: "Install with Helm", "Upgrade with Helm" or "Roll back with Helm". */
  progress(title: string): Locator {
    return this.section.getByRole("region", { name: title, exact: true });
  }

  /** Waits for the operation to end, each release's step done. */
  async expectSucceeded(title: string) {
    await expect(this.progress(title)).toContainText("Done: every step succeeded.", {
      timeout: 180_000,
    });
  }

  step(title: string, release: HelmReleaseName): Locator {
    return this.progress(title)
      .getByRole("list", { name: "Steps" })
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${release}:`) });
  }

  revisions(release: HelmReleaseName): Locator {
    return this.history
      .getByRole("table", { name: `History of ${release}`, exact: true })
      .getByRole("row");
  }
}
