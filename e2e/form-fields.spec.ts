import type { Locator, Page } from "@playwright/test";

import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const DOMAIN = "paletteai.acme-labs.io";
const HUB = "https://34.118.22.7";

/** The badge ("generated", "derived") beside the label of the field labelled `label`. */
function badgeOf(page: Page, label: string): Locator {
  return page
    .locator(".field", { has: page.getByLabel(label, { exact: true }) })
    .locator(".field-tag");
}

test("[FIELDS]: a connector added shows no error until a field is left; a download shows them all", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await page
    .getByLabel("Type of connector to add")
    .selectOption({ label: "OpenID Connect (Cognito, Okta, Keycloak, …)" });
  await page.getByRole("button", { name: "Add connector" }).click();
  const connector = page.getByRole("group", { name: /^Connector 1: OpenID Connect/ });
  const issuer = connector.getByLabel("Issuer URL", { exact: true });
  const clientId = connector.getByLabel("Client ID", { exact: true });
  const errorAt = (label: string) =>
    connector
      .locator(".field", { has: page.getByLabel(label, { exact: true }) })
      .locator(".field-error");

  // Left by keyboard, the issuer shows its error; the fields not yet visited still show none,
  // although the list checked the new connector when it was added.
  await issuer.focus();
  await page.keyboard.press("Tab");
  await expect(errorAt("Issuer URL")).toHaveText("Dex needs this setting.");
  await expect(connector.locator(".field-error")).toHaveCount(1);
  await expect(clientId).toHaveAttribute("aria-invalid", "false");
  expect(await accessibilityProblems(page)).toEqual([]);

  // The download still refuses the connector and shows every error, at its field too.
  await gke.downloadButton.click();
  await expect(gke.errorSummary).toContainText("Client ID");
  await expect(clientId).toHaveAttribute("aria-invalid", "true");
  await expect(errorAt("Client ID")).toHaveText("Dex needs this setting.");
});

test("[FIELDS]: a generated or derived badge shows only while the value is Easel's, and is read with the field", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);

  const prometheus = gke.field("Prometheus base URL");
  await expect(badgeOf(page, "Prometheus base URL")).toHaveText("derived");
  await expect(prometheus).toHaveAccessibleDescription(/^derived /);
  await prometheus.fill("https://prometheus.acme-labs.io:9090");
  await expect(badgeOf(page, "Prometheus base URL")).toHaveCount(0);
  await expect(prometheus).not.toHaveAccessibleDescription(/derived/);
  await prometheus.fill(`https://${DOMAIN}:30090`);
  await expect(badgeOf(page, "Prometheus base URL")).toHaveText("derived");
  await prometheus.fill("");
  await expect(badgeOf(page, "Prometheus base URL")).toHaveText("derived");

  const session = gke.field("Session secret");
  const generated = await gke.revealSecret("Session secret");
  await expect(badgeOf(page, "Session secret")).toHaveText("generated");
  await expect(session).toHaveAccessibleDescription(/^generated /);
  await session.fill("the-session-secret-we-already-use");
  await expect(badgeOf(page, "Session secret")).toHaveCount(0);
  await expect(session).not.toHaveAccessibleDescription(/generated/);
  await session.fill(generated);
  await expect(badgeOf(page, "Session secret")).toHaveText("generated");
  await session.fill("typed-over-again");
  await page.getByRole("button", { name: "Generate Session secret" }).click();
  await expect(badgeOf(page, "Session secret")).toHaveText("generated");
  await expect(session).not.toHaveValue(generated);
});

test("[FIELDS]: a malformed import shows its line with a caret and keeps the text to fix in place", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await page.getByText("Import an existing values.yaml").click();
  const box = page.getByLabel("Or paste values.yaml");
  const error = page.locator(".values-import").getByRole("alert");
  const excerpt = error.locator(".text-excerpt pre");

  const broken = "global:\n  domain: ai.acme.org\n   metrics: x\ncanvas: {}\n";
  await box.fill(broken);
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await expect(error).toContainText("not valid YAML (line 2, column 11)");
  // Read as the page holds it: Playwright's text matching would collapse the caret's spaces.
  await expect(excerpt).toBeVisible();
  expect(await excerpt.textContent()).toBe(
    [
      "1 | global:",
      "2 |   domain: ai.acme.org",
      `  | ${" ".repeat(10)}^`,
      "3 |    metrics: x",
      "",
    ].join("\n"),
  );
  await expect(box).toHaveValue(broken);
  expect(await accessibilityProblems(page)).toEqual([]);

  // An uploaded file shows the same excerpt, a credential's value masked until revealed.
  await page.getByLabel("Upload values.yaml").setInputFiles({
    name: "host-values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(
      "global:\n  auditLogging:\n    password: hunter2-audit-secret\n\tusername: audit\n",
    ),
  });
  await expect(error).toContainText("Tabs are not allowed as indentation");
  await expect(excerpt).toContainText("4 | →username: audit");
  await expect(excerpt).toContainText("3 |     password: ••••••••••••••••••••");
  await expect(excerpt).not.toContainText("hunter2");
  await error.getByRole("button", { name: "Show masked values" }).click();
  await expect(excerpt).toContainText("password: hunter2-audit-secret");

  // The paste is still there to fix in place and import again.
  await expect(box).toHaveValue(broken);
  await box.press("Control+End");
  await box.fill(broken.replace("   metrics: x", "  metrics: {}"));
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await expect(page.getByText("Editing pasted values.yaml")).toBeVisible();
  await expect(error).toHaveCount(0);
});
