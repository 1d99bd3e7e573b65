import type { Page } from "@playwright/test";

import { GUIDE_DOMAIN, OLD_DOMAIN_FILE } from "../test/support/old-domain-file";
import { sampleServiceAccountKey } from "../test/support/service-account-key";
import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage, parseValues } from "./pages/config.page";
import { OldDomainPlacesView } from "./pages/old-domain-places.page";

const NEW_DOMAIN = "paletteai.acme.io";

/** Imports the file naming the old domain where the form neither shows nor derives it. */
async function importOldDomainFile(page: Page) {
  await page.getByText("Import an existing values.yaml").click();
  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(OLD_DOMAIN_FILE),
  });
  await expect(page.getByText("Editing values.yaml")).toBeVisible();
  // The guide's Google connector needs its key before values.yaml can be downloaded.
  await page.getByLabel("Service-account key (JSON)").setInputFiles({
    name: "googleAuth.json",
    mimeType: "application/json",
    buffer: Buffer.from(sampleServiceAccountKey()),
  });
}

/** Every place the file names the old domain outside what the form writes, as listed. */
const PLACES = [
  `dex.config.connectors[1].config.host (line 93): https://keystone.${GUIDE_DOMAIN}:5000 would become https://keystone.${NEW_DOMAIN}:5000`,
  `zot.ingress.hosts[1].host (line 156): registry.AI.acme.org would become registry.${NEW_DOMAIN}`,
  `hue.ociRegistry.endpoint (line 193): zot.${GUIDE_DOMAIN}:5000 would become zot.${NEW_DOMAIN}:5000`,
  `acmeNotes.support (line 195): admin@${GUIDE_DOMAIN} would become admin@${NEW_DOMAIN}`,
  `acmeNotes.statusPage (line 196): https://status.${GUIDE_DOMAIN}/paletteai would become https://status.${NEW_DOMAIN}/paletteai`,
  "acmeNotes.webhookToken (line 201): a secret, so its value is not shown",
];

test("[OLD-DOMAIN]: a changed domain lists every place the file still names the old one, and replaces them only when asked", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  const view = new OldDomainPlacesView(page);
  await gke.open();
  await importOldDomainFile(page);
  await expect(view.region).toHaveCount(0);

  await gke.field("Domain").fill(NEW_DOMAIN);
  await expect(view.places(GUIDE_DOMAIN).getByRole("listitem")).toHaveText(PLACES);
  await expect(view.region).not.toContainText("T0K3N");
  await expect(page.getByRole("status").filter({ hasText: "is still in" })).toHaveText(
    `The old domain ${GUIDE_DOMAIN} is still in 6 places of values.yaml.`,
  );
  expect(await accessibilityProblems(page)).toEqual([]);

  // Nothing is replaced silently: until the button is pressed, the download keeps the old domain.
  await gke.waitUntilReady();
  const before = await gke.download();
  expect(parseValues(before.text).hue).toEqual({
    ociRegistry: { endpoint: `zot.${GUIDE_DOMAIN}:5000` },
  });
  expect(before.text).toContain(
    `endpoint: zot.${GUIDE_DOMAIN}:5000 # the registry's own load balancer`,
  );

  await view.replaceButton.click();
  await expect(view.region).toHaveCount(0);
  const done = page.getByRole("status").filter({ hasText: "Replaced" });
  await expect(done).toHaveText(
    `Replaced ${GUIDE_DOMAIN} with ${NEW_DOMAIN} in 6 places: values.yaml carries the new domain there.`,
  );
  await expect(done).toBeFocused();
  await expect(gke.preview).toContainText(`endpoint: zot.${NEW_DOMAIN}:5000`);

  await gke.waitUntilReady();
  const after = await gke.download();
  const values = parseValues(after.text) as {
    hue: unknown;
    acmeNotes: Record<string, unknown>;
    zot: { ingress: { hosts: { host: string }[] } };
  };
  expect(values.hue).toEqual({ ociRegistry: { endpoint: `zot.${NEW_DOMAIN}:5000` } });
  expect(values.acmeNotes).toMatchObject({
    support: `admin@${NEW_DOMAIN}`,
    webhookToken: `https://hooks.${NEW_DOMAIN}/T0K3N-never-shown`,
    lookalikes: ["notai.acme.org", "ai.acme.org.evil.net", "ai.acme.orgfy"],
  });
  expect(values.zot.ingress.hosts.map((host) => host.host)).toEqual([
    NEW_DOMAIN,
    `registry.${NEW_DOMAIN}`,
  ]);
  // The file's comments stay, the one naming the old domain included.
  expect(after.text).toContain(
    `endpoint: zot.${NEW_DOMAIN}:5000 # the registry's own load balancer`,
  );
  expect(after.text).toContain("# Keystone: a type the form does not configure");
  expect(after.text).toContain(
    `# The registry on its own host, set by hand: ${GUIDE_DOMAIN} in a comment is not a value.`,
  );
  expect(after.text.split("\n")).toHaveLength(OLD_DOMAIN_FILE.split("\n").length);
});
