import { execFileSync } from "node:child_process";
import type { Locator } from "@playwright/test";

import { DOCS_DEFAULT_USER } from "../lib/dex/docs-default-user";
import { htpasswdVerifies } from "../test/support/htpasswd";
import { sampleServiceAccountKey } from "../test/support/service-account-key";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

type Values = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DOMAIN = "paletteai.acme-labs.io";
const HUB = "https://34.118.22.7";

function inGroup(group: Locator, label: string): Locator {
  return group.getByLabel(label, { exact: true });
}

/** The error shown under the field with this label, within `group`. */
function errorIn(group: Locator, label: string): Locator {
  return group
    .locator(".field", { has: group.page().getByLabel(label, { exact: true }) })
    .locator(".field-error");
}

test("[IDENTITY]: a password typed twice is hashed off the page at the chosen cost and verifies", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await page.getByRole("button", { name: "Add local user" }).click();
  const ops = page.getByRole("group", { name: "Local user 2" });
  await inGroup(ops, "User name").fill("ops");
  await inGroup(ops, "Password").fill("an operator's passphrase");
  await inGroup(ops, "Password again").fill("an operator's passphrase, mistyped");
  await inGroup(ops, "Password again").blur();
  await expect(errorIn(ops, "Password again")).toHaveText(
    "The two passwords differ: type the same password again.",
  );

  // Cost 14 takes seconds in the worker; meanwhile every keystroke still lands at once.
  const status = ops.getByRole("status").filter({ hasText: "bcrypt hash" });
  await inGroup(ops, "Password again").fill("an operator's passphrase");
  await inGroup(ops, "bcrypt cost").selectOption("14");
  await expect(status).toHaveText("Computing the bcrypt hash…");
  await inGroup(ops, "User ID").fill("");
  await inGroup(ops, "User ID").pressSequentially("ops-typed-while-hashing");
  await expect(inGroup(ops, "User ID")).toHaveValue("ops-typed-while-hashing");
  await expect(status).toHaveText("Computing the bcrypt hash…");
  await expect(status).toContainText("bcrypt hash ready (cost 14)", { timeout: 30_000 });

  await gke.waitUntilReady();
  const values: Values = await gke.downloadValues();
  const written = values.dex.config.staticPasswords[1];
  expect(written).toEqual({
    email: `ops@${DOMAIN}`,
    hash: expect.stringMatching(/^\$2[aby]\$14\$/),
    username: "ops",
    userID: "ops-typed-while-hashing",
  });
  expect(htpasswdVerifies("ops", written.hash, "an operator's passphrase")).toBe(true);
  expect(htpasswdVerifies("ops", written.hash, "an operator's passphrase, mistyped")).toBe(false);
});

test("[IDENTITY]: a pasted hash is checked, and the docs' default user is flagged", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  const admin = page.getByRole("group", { name: "Local user 1" });
  await inGroup(admin, "Paste an existing bcrypt hash instead of a password").check();
  await expect(inGroup(admin, "Password")).toHaveCount(0);

  const zotSample = "$2y$05$vmiurPmJvHylk78HHFWuruFFVePlit9rZWGA/FbZfTEmNRneGJtha";
  await gke.enter("bcrypt hash", zotSample);
  await expect(gke.fieldError("bcrypt hash")).toContainText("this hash has cost 5");

  await gke.enter("bcrypt hash", DOCS_DEFAULT_USER.hash);
  await expect(admin.getByRole("alert")).toContainText('its password is "password"');
  await gke.enter("Email (login)", DOCS_DEFAULT_USER.email);
  await gke.enter("bcrypt hash", "");

  const external = execFileSync("htpasswd", ["-nbBC", "11", "", "a passphrase from elsewhere"])
    .toString()
    .trim()
    .slice(1);
  await gke.enter("bcrypt hash", external);
  await expect(admin.getByRole("alert")).toContainText(
    "admin@example.com is the docs' default user",
  );
  await gke.enter("Email (login)", "");
  await expect(admin.getByRole("alert")).toHaveCount(0);

  await gke.waitUntilReady();
  const values: Values = await gke.downloadValues();
  expect(values.dex.config.staticPasswords[0].hash).toBe(external);
});

test("[IDENTITY]: the appliance guide's AWS Cognito connector comes out key for key", async ({
  page,
}) => {
  const appliance = new ConfigPage(page);
  await appliance.open("appliance");
  await appliance.enter("Root domain in Local UI", DOMAIN);
  await page.getByLabel('"Disable Static Dex Users" is on in Local UI').check();
  await appliance.downloadButton.click();
  await expect(appliance.errorSummary.getByRole("listitem")).toContainText(
    'Connectors: With "Disable Static Dex Users" on, add a connector',
  );

  await page
    .getByLabel("Type of connector to add")
    .selectOption({ label: "OpenID Connect (Cognito, Okta, Keycloak, …)" });
  await page.getByRole("button", { name: "Add connector" }).click();
  const cognito = page.getByRole("group", { name: /^Connector 1: OpenID Connect/ });
  await inGroup(cognito, "Connector ID").fill("aws");
  await inGroup(cognito, "Name on the login page").fill("AWS Cognito");
  await inGroup(cognito, "Issuer URL").fill("cognito-idp.us-east-1.amazonaws.com");
  await inGroup(cognito, "Issuer URL").blur();
  await expect(errorIn(cognito, "Issuer URL")).toContainText("Enter a full URL");
  const issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Qm8dXyZ1a";
  await inGroup(cognito, "Issuer URL").fill(issuer);
  await inGroup(cognito, "Client ID").fill("5kq2example7d1");
  await inGroup(cognito, "Client secret").fill("pa$word-from-cognito");
  await expect(cognito.locator(".field-warning")).toContainText('A "$" in this secret');
  await inGroup(cognito, "Client secret").fill("cognito-secret-without-dollar");
  await expect(cognito.locator(".field-warning")).toHaveCount(0);
  await inGroup(cognito, "Read claims from the UserInfo endpoint").check();
  await inGroup(cognito, "User name claim").fill("email");
  await inGroup(cognito, "Scopes").fill("openid, email, profile");
  await expect(inGroup(cognito, "Redirect URI")).toHaveAttribute(
    "placeholder",
    `https://${DOMAIN}/dex/callback`,
  );

  await appliance.waitUntilReady();
  const values: Values = await appliance.downloadValues();
  expect(values.dex.config.connectors).toEqual([
    {
      type: "oidc",
      id: "aws",
      name: "AWS Cognito",
      config: {
        issuer,
        clientID: "5kq2example7d1",
        clientSecret: "cognito-secret-without-dollar",
        redirectURI: `https://${DOMAIN}/dex/callback`,
        getUserInfo: true,
        userNameKey: "email",
        scopes: ["openid", "email", "profile"],
      },
    },
  ]);
  expect(values.dex.config.staticPasswords).toBeUndefined();
});

test("[IDENTITY]: a Google Workspace connector with its key mounts the key, never writes it", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await page.getByLabel("Type of connector to add").selectOption({ label: "Google Workspace" });
  await page.getByRole("button", { name: "Add connector" }).click();
  const google = page.getByRole("group", { name: "Connector 1: Google Workspace" });
  await inGroup(google, "Client ID").fill("1234-abc.apps.googleusercontent.com");
  await inGroup(google, "Client secret").fill("GOCSPX-google-client-secret");
  await inGroup(google, "Workspace domains").fill("acme-labs.io");
  await inGroup(google, "Allowed groups").fill("paletteai-admins@acme-labs.io");
  await inGroup(google, "Allowed groups").blur();
  await expect(google.locator(".field-error").first()).toContainText("upload it below");

  const upload = inGroup(google, "Service-account key (JSON)");
  await upload.setInputFiles({
    name: "user-credential.json",
    mimeType: "application/json",
    buffer: Buffer.from(sampleServiceAccountKey({ type: "authorized_user" })),
  });
  await expect(
    google.locator(".field-error").filter({ hasText: "user-credential.json" }),
  ).toContainText("not a service-account key");
  const key = sampleServiceAccountKey();
  await upload.setInputFiles({
    name: "acme-id-key.json",
    mimeType: "application/json",
    buffer: Buffer.from(key),
  });
  await expect(google.getByRole("status").filter({ hasText: "Key of" })).toHaveText(
    "acme-id-key.json: Key of dex-groups@acme-id.iam.gserviceaccount.com (project acme-id)",
  );
  await expect(inGroup(google, "Service-account key path")).toHaveValue(
    "/etc/google/googleAuth.json",
  );
  await inGroup(google, "Admin email per domain").fill("acme-labs.io=admin@acme-labs.io");

  await gke.waitUntilReady();
  const values: Values = await gke.downloadValues();
  expect(values.dex.config.connectors).toEqual([
    {
      type: "google",
      id: "google",
      name: "Google Workspace",
      config: {
        clientID: "1234-abc.apps.googleusercontent.com",
        clientSecret: "GOCSPX-google-client-secret",
        redirectURI: `https://${DOMAIN}/dex/callback`,
        hostedDomains: ["acme-labs.io"],
        groups: ["paletteai-admins@acme-labs.io"],
        serviceAccountFilePath: "/etc/google/googleAuth.json",
        domainToAdminEmail: { "acme-labs.io": "admin@acme-labs.io" },
      },
    },
  ]);
  expect(values.dex.volumes).toContainEqual({
    name: "google-auth-vol",
    secret: { secretName: "mural-google-service-account" },
  });
  expect(values.dex.volumeMounts).toContainEqual({
    mountPath: "/etc/google",
    name: "google-auth-vol",
    readOnly: true,
  });
  const privateKey = (JSON.parse(key) as { private_key: string }).private_key;
  expect(JSON.stringify(values)).not.toContain(privateKey.split("\n")[1]);
  await expect(gke.preview).not.toContainText("PRIVATE KEY");
});

test("[IDENTITY]: connectors are reordered and removed; with no user and no connector, nobody could log in", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await page.getByLabel("Type of connector to add").selectOption({ label: "GitHub" });
  await page.getByRole("button", { name: "Add connector" }).click();
  await page.getByLabel("Type of connector to add").selectOption({ label: "GitHub" });
  await page.getByRole("button", { name: "Add connector" }).click();
  const second = page.getByRole("group", { name: "Connector 2: GitHub" });
  await expect(inGroup(second, "Connector ID")).toHaveValue("github-1");
  for (const [index, connector] of [
    page.getByRole("group", { name: "Connector 1: GitHub" }),
    second,
  ].entries()) {
    await inGroup(connector, "Client ID").fill(`client-${index + 1}`);
    await inGroup(connector, "Client secret").fill(`secret-${index + 1}`);
  }
  await page.getByRole("button", { name: "Move connector 2 up" }).click();
  await expect(
    inGroup(page.getByRole("group", { name: "Connector 1: GitHub" }), "Client ID"),
  ).toHaveValue("client-2");
  await page.getByRole("button", { name: "Remove local user 1" }).click();

  await gke.waitUntilReady();
  const values: Values = await gke.downloadValues();
  expect(values.dex.config.connectors.map((c: Values) => [c.id, c.config.clientID])).toEqual([
    ["github-1", "client-2"],
    ["github", "client-1"],
  ]);
  expect(values.dex.config.staticPasswords).toEqual([]);

  await page.getByRole("button", { name: "Remove connector 2" }).click();
  await page.getByRole("button", { name: "Remove connector 1" }).click();
  await gke.downloadButton.click();
  await expect(gke.errorSummary.getByRole("listitem")).toHaveText(
    "Local users: Add a local user or a connector: otherwise nobody could log in.",
  );
});

test("[IDENTITY]: a SAML connector picks its NameID format from Dex's list, and caData Go cannot decode is refused at the field", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await page.getByLabel("Type of connector to add").selectOption({ label: "SAML 2.0" });
  await page.getByRole("button", { name: "Add connector" }).click();
  const saml = page.getByRole("group", { name: "Connector 1: SAML 2.0" });
  await inGroup(saml, "SSO URL").fill("https://idp.acme-labs.io/sso");
  await inGroup(saml, "User name attribute").fill("name");
  await inGroup(saml, "Email attribute").fill("email");

  // Dex decodes caData with Go's standard base64 (connector/saml/saml.go, CAData []byte): a space
  // or missing padding fails its whole configuration.
  await inGroup(saml, "CA data (base64 PEM)").fill("TUlJ Qw==");
  await inGroup(saml, "CA data (base64 PEM)").blur();
  await expect(errorIn(saml, "CA data (base64 PEM)")).toContainText(
    "Dex cannot decode this as base64",
  );
  await inGroup(saml, "CA data (base64 PEM)").fill("TUlJQw");
  await expect(errorIn(saml, "CA data (base64 PEM)")).toContainText("does not start");
  await inGroup(saml, "CA data (base64 PEM)").fill("TUlJQw==");
  await expect(errorIn(saml, "CA data (base64 PEM)")).toHaveCount(0);

  // Only the formats Dex's nameIDFormatLookup knows, picked rather than typed.
  await saml.getByText(/^More settings/).click();
  const format = inGroup(saml, "NameID policy format");
  await expect(format).toHaveJSProperty("tagName", "SELECT");
  await expect(format.locator("option")).toHaveCount(19);
  await format.selectOption("emailAddress");

  await gke.waitUntilReady();
  const values: Values = await gke.downloadValues();
  expect(values.dex.config.connectors[0].config).toMatchObject({
    caData: "TUlJQw==",
    nameIDPolicyFormat: "emailAddress",
  });
});
