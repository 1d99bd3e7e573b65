import type { Locator, Page } from "@playwright/test";

/** The list of places that still name the imported file's old domain, and its one button. */
export class OldDomainPlacesView {
  readonly region: Locator;
  readonly replaceButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: /The old domain is still in/ });
    this.replaceButton = this.region.getByRole("button", { name: /Replace the old domain in/ });
  }

  /** The listed places of `oldDomain`, one per item. */
  places(oldDomain: string): Locator {
    return this.region.getByRole("list", { name: `Places that still name ${oldDomain}` });
  }
}
