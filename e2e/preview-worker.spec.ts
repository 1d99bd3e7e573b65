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

test("[CHECK-WORKER]: a field's check runs in the form's checks worker, and its error leaves with the fix", async ({
  page,
}) => {
  const workerNames: Promise<string>[] = [];
  page.on("worker", (worker) => workerNames.push(worker.evaluate(() => self.name)));
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.enter("Domain", "https://typed.acme.io");
  await expect(gke.fieldError("Domain")).toBeVisible();
  // Checked again at each change once left, the answer arriving after the keystroke's paint.
  await gke.field("Domain").fill("typed.acme.io");
  await expect(gke.fieldError("Domain")).toHaveCount(0);
  expect(await Promise.all(workerNames)).toContain("form-checks");
});
