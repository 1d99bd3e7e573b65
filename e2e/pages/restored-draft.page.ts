import type { Locator, Page } from "@playwright/test";

/** The notice of a draft restored after a reload, with the imported file it kept. */
export class RestoredDraftNotice {
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole("status").filter({ hasText: "Restored your draft" });
  }

  /** The listed chart paths of `fileName`'s secrets the draft did not keep. */
  missingSecrets(fileName: string): Locator {
    return this.notice.getByRole("list", { name: `Secrets missing from ${fileName}` });
  }

  /** Uploads `text` as the draft's file opened again. */
  async reopen(fileName: string, text: string) {
    const upload = this.notice.getByLabel("Upload the same file");
    if (!(await upload.isVisible())) {
      await this.notice.getByText(`Re-open ${fileName}`, { exact: true }).click();
    }
    await upload.setInputFiles({
      name: fileName,
      mimeType: "text/yaml",
      buffer: Buffer.from(text),
    });
  }
}
