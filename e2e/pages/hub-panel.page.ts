import { expect, type Locator, type Page } from "@playwright/test";

/** The hub panel below a target's form, as an admin uses it: by roles and labels. */
export class HubPanel {
  readonly panel: Locator;
  readonly preflight: Locator;
  readonly planButton: Locator;
  readonly applyButton: Locator;
  readonly plan: Locator;
  readonly otherConfiguration: Locator;
  readonly liveValues: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole("region", { name: "Apply to the hub cluster" });
    this.preflight = this.panel.getByRole("region", { name: "Preflight" });
    this.planButton = this.panel.getByRole("button", { name: "Plan (dry run)" });
    this.applyButton = this.panel.getByRole("button", { name: "Apply to the hub" });
    this.plan = this.panel.getByRole("table", { name: "Plan" });
    this.otherConfiguration = this.panel.getByRole("region", {
      name: "The hub runs another configuration",
    });
    this.liveValues = this.panel.getByRole("region", { name: "Live values on the hub" });
    this.confirmation = this.panel.getByRole("form", { name: /^Replace live secrets on / });
  }

  /** The values Secret's changes inside values.yaml, one line per chart path. */
  valuesChanges(): Locator {
    return this.plan
      .getByRole("list", { name: "Changes inside values.yaml" })
      .getByRole("listitem");
  }

  /** The live secrets the plan says applying replaces, one line per chart path. */
  replacedSecrets(): Locator {
    return this.liveValues
      .getByRole("list", { name: "Live secrets applying replaces" })
      .getByRole("listitem");
  }

  async planNow() {
    await this.planButton.click();
    await expect(this.plan).toBeVisible();
  }

  /**
   * Plans whatever the hub holds, as a check of the page (not of the hub's state) needs: once
   * preflight has read the hub's values, past the warning that they came from another configuration.
   */
  async planWhateverTheHubHolds() {
    await expect(this.preflight).toContainText(
      /None yet|Easel does not read it|From this configuration|From another configuration/,
    );
    if (await this.otherConfiguration.isVisible()) {
      await this.otherConfiguration
        .getByRole("button", { name: "Plan this configuration anyway" })
        .click();
    }
    await this.planNow();
  }

  /** Everything the panel shows, for checks that no secret is on screen. */
  async text(): Promise<string> {
    return this.panel.innerText();
  }

  async expectApplied() {
    await expect(
      this.panel.getByRole("status").filter({ hasText: /^Applied: all \d+ objects/ }),
    ).toBeVisible();
  }
}
