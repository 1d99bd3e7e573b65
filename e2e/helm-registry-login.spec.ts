import {
  startRegistry,
  stopRegistry,
  type TestRegistry,
} from "../scripts/test-registry/test-registry";
import { chartRegistryAt, publishStandInCharts } from "../test/support/stand-in-charts";
import { E2E_AUTH_REGISTRY_DIR } from "./fixtures/chart-registry";
import { recordedStatuses, resetReleaseNamespace } from "./fixtures/helm";
import { openHelmPanel } from "./fixtures/helm-page";
import { expectServerOutputWithout } from "./fixtures/server-output";
import { shootState } from "./fixtures/state-shots";
import { expect, test } from "./fixtures/test";

const DOMAIN = "paletteai.helm-login-e2e.io";
const INSTALL = "Install with Helm";

let registry: TestRegistry | undefined;

// A registry of its own that requires a login, holding the stand-in charts; a fresh hub before
// and after.
test.beforeAll(async () => {
  resetReleaseNamespace();
  registry = await startRegistry(E2E_AUTH_REGISTRY_DIR, { auth: true });
  publishStandInCharts(registry.url, { credentials: registry.credentials });
});
test.afterAll(async () => {
  resetReleaseNamespace();
  await stopRegistry(E2E_AUTH_REGISTRY_DIR);
});

test("[HELM]: a chart registry that requires a login: refused as unauthorized without it, previewed and installed with it, the password shown nowhere", async ({
  page,
}) => {
  const credentials = registry?.credentials;
  if (!registry || !credentials)
    throw new Error("The registry that requires a login did not start.");
  const { gke, helm } = await openHelmPanel(page, {
    domain: DOMAIN,
    repository: chartRegistryAt(registry.url).repository,
  });
  await gke.waitUntilReady();

  // Without the login Helm cannot pull: the preview names the release the registry refused.
  await helm.askForPreview();
  await expect(helm.section.getByRole("alert")).toHaveText(
    /^Helm could not render (mural-crds 0\.6\.0|mural 1\.0\.0): the hub or the chart registry did not accept the credentials/,
  );
  await expect(helm.preview).toHaveCount(0);
  await shootState(helm.section, "registry-unauthorized");

  await helm.section.getByLabel("Registry user name").fill(credentials.username);
  await helm.section.getByLabel("Registry password").fill(credentials.password);
  await helm.previewNow();
  await expect(helm.preview).toContainText("Preview: first install");
  await expect(helm.section.getByRole("alert")).toHaveCount(0);
  await helm.primaryButton(INSTALL).click();
  await helm.expectSucceeded(INSTALL);
  for (const release of ["mural-crds", "mural"] as const) {
    await expect(helm.step(INSTALL, release)).toContainText("Revision 1, deployed.");
    expect(recordedStatuses(release)).toEqual(["deployed"]);
  }
  await shootState(helm.section, "registry-login-installed");

  // The password (and the basic-auth form Helm's registry config holds) is nowhere the page or
  // the servers keep text: shown masked only, in its field.
  const login = `${credentials.username}:${credentials.password}`;
  const forms = [credentials.password, Buffer.from(login).toString("base64")];
  await expect(helm.section.getByLabel("Registry password")).toHaveAttribute("type", "password");
  const kept = [
    await page.locator("body").innerText(),
    page.url(),
    await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage })),
    JSON.stringify(await page.context().cookies()),
  ];
  for (const text of kept) for (const form of forms) expect(text).not.toContain(form);
  expectServerOutputWithout([credentials.password, login]);
});
