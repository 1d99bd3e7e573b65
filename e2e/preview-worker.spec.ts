import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

// The preview renders values.yaml, and checks the whole configuration, in a Web Worker: a large
// configuration's render never delays a keystroke. What it costs is measured by `npm run bench`.

test("[PREVIEW-WORKER]: the preview is rendered in its Web Worker and follows typing", async ({
  page,
}) => {
  const workerNames: Promise<string>[] = [];
  page.on("worker", (worker) => workerNames.push(worker.evaluate(() => self.name)));
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.field("Domain").fill("typed.acme.io");
  await expect(gke.preview).toContainText("domain: typed.acme.io");
  await gke.field("Domain").fill("retyped.acme.io");
  await expect(gke.preview).toContainText("domain: retyped.acme.io");
  expect(await Promise.all(workerNames)).toContain("values-preview");
});
