import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";

import { valueLeaves } from "../lib/paths/leaves";
import { isSecretPath } from "../lib/secrets/secret-keys";
import { accessibilityProblems } from "./fixtures/accessibility";
import { expectServerOutputWithout } from "./fixtures/server-output";
import { expect, test } from "./fixtures/test";
import { E2E_ACCESS_TOKEN, E2E_HUB_KUBECONFIG, E2E_NETWORK_PORT } from "./fixtures/test-hub";
import { ConfigPage, parseValues } from "./pages/config.page";
import { HubPanel } from "./pages/hub-panel.page";

const DOMAIN = "paletteai.hub-e2e.io";
const HUB_API = "https://34.118.22.9";
const FIRST_TOKEN = "hf_easel_hub_e2e_first_token";
const SECOND_TOKEN = "hf_easel_hub_e2e_second_token";

test.describe.configure({ mode: "serial" });

function kubectl(args: readonly string[]): string {
  return execFileSync("kubectl", ["--kubeconfig", E2E_HUB_KUBECONFIG, ...args], {
    encoding: "utf8",
  });
}

function secretData(name: string, namespace: string): Record<string, string> {
  const secret = JSON.parse(kubectl(["get", "secret", name, "-n", namespace, "-o", "json"]));
  return Object.fromEntries(
    Object.entries(secret.data as Record<string, string>).map(([key, value]) => [
      key,
      Buffer.from(value, "base64").toString("utf8"),
    ]),
  );
}

async function configureWithToken(page: Page, token: string): Promise<ConfigPage> {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB_API);
  await gke.enter("Tenant or Project namespace", "primary-dev");
  await page.getByLabel("Create the Hugging Face token's Secret").check();
  await gke.field("Hugging Face token").fill(token);
  await gke.waitUntilReady();
  return gke;
}

function row(page: Page, table: string, object: string) {
  return page.getByRole("table", { name: table }).getByRole("row", { name: new RegExp(object) });
}

test("[HUB]: preflight, a plan with masked diffs, apply with per-object results, then a change of one Secret", async ({
  page,
}) => {
  await configureWithToken(page, FIRST_TOKEN);
  const preflight = page.getByRole("region", { name: "Preflight" });
  await expect(preflight).toContainText("reachable");
  await expect(preflight).toContainText("v1.20.2");
  await expect(preflight).toContainText("PaletteAI needs a hub on Kubernetes 1.32 or newer.");
  await expect(preflight).toContainText("admin (the kubeconfig's user name");
  await expect(preflight).toContainText(
    "Not served: the hub lacks source.toolkit.fluxcd.io/v1 OCIRepository (source-controller 1.6 or later) and helm.toolkit.fluxcd.io/v2 HelmRelease (helm-controller); Easel's Flux objects need Flux 2.6 or later.",
  );
  await expect(preflight).toContainText("Easel may apply all 4 objects");
  await expect(preflight).toContainText(
    "Only mural-system and primary-dev (EASEL_ALLOWED_NAMESPACES on this Easel server).",
  );

  await page.getByRole("button", { name: "Plan (dry run)" }).click();
  await expect(row(page, "Plan", "Namespace mural-system")).toContainText("will be created");
  const tokenRow = row(page, "Plan", "Secret primary-dev/huggingface-token");
  await expect(tokenRow).toContainText("will be created");
  await expect(tokenRow).toContainText("namespace does not exist yet");
  await expect(tokenRow.getByRole("list", { name: "Keys of the Secret" })).toHaveText(
    "token: added",
  );
  await expect(row(page, "Plan", "Secret mural-system/easel-mural-values")).toContainText(
    "values.yaml: added",
  );
  const planText = await page.getByRole("table", { name: "Plan" }).innerText();
  expect(planText).not.toContain(FIRST_TOKEN);
  expect(planText).not.toContain(Buffer.from(FIRST_TOKEN).toString("base64"));

  await page.getByRole("button", { name: "Apply to the hub" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Applied: all 4 objects" }),
  ).toBeVisible();
  for (const object of [
    "Namespace mural-system",
    "Namespace primary-dev",
    "Secret primary-dev/huggingface-token",
    "Secret mural-system/easel-mural-values",
  ]) {
    await expect(row(page, "Apply results", object)).toContainText("created");
  }
  await expect(page.getByLabel("Commands to finish the install")).toContainText(
    "helm upgrade --install mural oci://public.ecr.aws/mural/mural --version 1.0.0",
  );
  expect(secretData("huggingface-token", "primary-dev")).toEqual({ token: FIRST_TOKEN });
  // Preflight, plan and results on screen at once: each must read as well as the form.
  expect(await accessibilityProblems(page)).toEqual([]);

  // One field changed: the plan names exactly that Secret's key, and apply changes only it.
  await page.getByLabel("Hugging Face token", { exact: true }).fill(SECOND_TOKEN);
  await expect(page.getByRole("button", { name: "Apply to the hub" })).toBeDisabled();
  await page.getByRole("button", { name: "Plan (dry run)" }).click();
  await expect(tokenRow).toContainText("will be changed");
  await expect(tokenRow.getByRole("list", { name: "Keys of the Secret" })).toHaveText(
    "token: changed",
  );
  await expect(row(page, "Plan", "Namespace mural-system")).toContainText("unchanged");
  await page.getByRole("button", { name: "Apply to the hub" }).click();
  await expect(row(page, "Apply results", "Secret primary-dev/huggingface-token")).toContainText(
    "configured",
  );
  await expect(row(page, "Apply results", "Secret mural-system/easel-mural-values")).toContainText(
    "unchanged",
  );
  expect(secretData("huggingface-token", "primary-dev")).toEqual({ token: SECOND_TOKEN });
  const managers = JSON.parse(
    kubectl([
      "get",
      "secret",
      "huggingface-token",
      "-n",
      "primary-dev",
      "-o",
      "json",
      "--show-managed-fields",
    ]),
  ).metadata.managedFields.map((entry: { manager: string }) => entry.manager);
  expect(managers).toEqual(["easel"]);
});

test("[HUB]: load from cluster fills a fresh form with the values Easel applied", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await page.getByRole("button", { name: "Load from cluster" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "holds the values Easel last applied" }),
  ).toBeVisible();
  await expect(gke.field("Domain")).toHaveValue(DOMAIN);
  await expect(gke.field("Hub API server")).toHaveValue(HUB_API);
  await expect(page.getByText("Editing values.yaml from the hub")).toBeVisible();
});

/** values.yaml on the hub and its annotations, as kubectl reads them. */
function hubValues(): { text: string; configurationId?: string } {
  const secret = JSON.parse(
    kubectl(["get", "secret", "easel-mural-values", "-n", "mural-system", "-o", "json"]),
  );
  return {
    text: Buffer.from(secret.data["values.yaml"], "base64").toString("utf8"),
    configurationId: secret.metadata.annotations?.["easel.paletteai.io/configuration-id"],
  };
}

/** The credentials values.yaml holds, for checks that none reaches the screen. */
function secretsIn(text: string): string[] {
  return valueLeaves(parseValues(text), [])
    .filter((leaf) => isSecretPath(leaf.path) || /\$2[aby]\$/.test(String(leaf.value)))
    .map((leaf) => String(leaf.value))
    .filter((value) => value.length >= 8);
}

function expectNoSecret(text: string, secrets: readonly string[]) {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString("base64"));
  }
}

test("[HUB-VALUES]: a changed scrape interval and a regenerated session secret are named in the plan, without the secret's value", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  const hub = new HubPanel(page);
  await gke.open();
  const live = hubValues();
  expect(live.configurationId).toBeDefined();
  // Another browser's configuration is on the hub: load it first, as the panel offers.
  await hub.otherConfiguration.getByRole("button", { name: "Load from cluster" }).click();
  await expect(gke.field("Domain")).toHaveValue(DOMAIN);
  await expect(hub.otherConfiguration).toHaveCount(0);
  await expect(hub.preflight).toContainText("From this configuration.");
  await gke.waitUntilReady();

  await gke.enter("Scrape interval", "30s");
  await page.getByRole("button", { name: "Generate Session secret" }).click();
  const newSessionSecret = await gke.revealSecret("Session secret");
  await hub.planNow();
  await expect(hub.valuesChanges()).toHaveText([
    "canvas.oidc.sessionSecret: changed",
    "global.metrics.scrapeInterval: 15s → 30s",
  ]);
  await expect(hub.replacedSecrets()).toHaveText(["canvas.oidc.sessionSecret: changed"]);
  expectNoSecret(await hub.text(), [...secretsIn(live.text), newSessionSecret]);
  expect(await accessibilityProblems(page)).toEqual([]);

  await hub.applyButton.click();
  await hub.confirmation.getByLabel("Cluster name").fill("admin");
  await hub.confirmation
    .getByRole("button", { name: "Replace the live secrets and apply" })
    .click();
  await hub.expectApplied();
  const applied = hubValues();
  expect(applied.configurationId).toBe(live.configurationId);
  expect(parseValues(applied.text)).toMatchObject({
    global: { metrics: { scrapeInterval: "30s" } },
    canvas: { oidc: { sessionSecret: newSessionSecret } },
  });
});

test("[HUB-VALUES]: a fresh browser session is warned before replacing live secrets and must confirm naming the cluster", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  const hub = new HubPanel(page);
  await gke.open();
  await expect(page.getByText("Restored your draft")).toHaveCount(0);
  await gke.fillRequired(DOMAIN, HUB_API);
  await gke.waitUntilReady();
  const live = hubValues();
  await expect(hub.otherConfiguration).toContainText(`configuration ${live.configurationId}`);
  await expect(hub.preflight).toContainText("From another configuration");
  await expect(hub.planButton).toBeDisabled();
  expect(await accessibilityProblems(page)).toEqual([]);

  await hub.otherConfiguration
    .getByRole("button", { name: "Plan this configuration anyway" })
    .click();
  await hub.planNow();
  await expect(hub.liveValues).toContainText(
    `The hub's values came from another configuration: configuration ${live.configurationId}.`,
  );
  const replaced = await hub.replacedSecrets().allInnerTexts();
  expect(replaced).toEqual(
    expect.arrayContaining([
      "canvas.oidc.sessionSecret: changed",
      "dex.config.staticClients[0].secret: changed",
      "dex.config.staticClients[1].secret: changed",
      "dex.config.staticPasswords[0].hash: changed",
    ]),
  );
  expectNoSecret(await hub.text(), secretsIn(live.text));

  // Cancelled, nothing is applied.
  await hub.applyButton.click();
  await expect(hub.confirmation).toContainText("on the cluster admin");
  await expect(hub.confirmation).toContainText(`replaces ${replaced.length} secrets live`);
  expect(await accessibilityProblems(page)).toEqual([]);
  await hub.confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(hub.confirmation).toHaveCount(0);
  expect(hubValues()).toEqual(live);

  // Only the cluster's own name confirms.
  await hub.applyButton.click();
  const confirm = hub.confirmation.getByRole("button", {
    name: "Replace the live secrets and apply",
  });
  await hub.confirmation.getByLabel("Cluster name").fill("adm");
  await expect(confirm).toBeDisabled();
  await hub.confirmation.getByLabel("Cluster name").fill("admin");
  await confirm.click();
  await hub.expectApplied();
  const applied = hubValues();
  expect(applied.configurationId).not.toBe(live.configurationId);
  expect(applied.text).not.toBe(live.text);
});

test("[HUB-OWNERSHIP]: a Secret Easel did not make is shown as foreign with an adopt checkbox, and a plan the hub outran is refused", async ({
  page,
}) => {
  const foreignToken = "hf_made_by_someone_else_not_easel";
  kubectl(["-n", "primary-dev", "delete", "secret", "huggingface-token"]);
  kubectl([
    "-n",
    "primary-dev",
    "create",
    "secret",
    "generic",
    "huggingface-token",
    `--from-literal=token=${foreignToken}`,
  ]);
  const hub = new HubPanel(page);
  await configureWithToken(page, SECOND_TOKEN);
  await hub.otherConfiguration
    .getByRole("button", { name: "Plan this configuration anyway" })
    .click();
  await hub.planNow();
  const foreign = row(page, "Plan", "Secret primary-dev/huggingface-token");
  await expect(foreign).toContainText("not made by Easel");
  await expect(foreign).toContainText("This Secret exists and was not made by Easel.");
  // No oracle: neither its keys nor whether this configuration's token matches.
  await expect(foreign.getByRole("list", { name: "Keys of the Secret" })).toHaveCount(0);
  const adopt = foreign.getByRole("checkbox", {
    name: "Adopt Secret primary-dev/huggingface-token",
  });
  await expect(adopt).not.toBeChecked();
  await adopt.focus();
  await page.keyboard.press("Space");
  await expect(adopt).toBeChecked();
  expectNoSecret(await hub.text(), [foreignToken, SECOND_TOKEN]);
  expect(await accessibilityProblems(page)).toEqual([]);

  // The hub changes after the plan: apply refuses it all and leads back to planning.
  kubectl(["-n", "primary-dev", "annotate", "secret", "huggingface-token", "touched=yes"]);
  await hub.applyButton.click();
  const confirm = hub.confirmation.getByRole("button", {
    name: "Replace the live secrets and apply",
  });
  await hub.confirmation.getByLabel("Cluster name").fill("admin");
  await confirm.click();
  await expect(hub.panel.getByRole("alert")).toContainText(
    "Nothing was applied: Secret primary-dev/huggingface-token changed on the hub since the plan; plan again.",
  );
  await expect(
    hub.panel.getByRole("status").filter({ hasText: "plan again before the next apply" }),
  ).toBeVisible();
  await expect(hub.applyButton).toBeDisabled();
  expect(secretData("huggingface-token", "primary-dev")).toEqual({ token: foreignToken });
});

test("[HUB-ACCESS]: on a network address the cluster actions are refused until the access token is given", async ({
  page,
}) => {
  await page.goto(`http://127.0.0.1:${E2E_NETWORK_PORT}/targets/gke`);
  const panel = page.getByRole("region", { name: "Apply to the hub cluster" });
  await expect(panel.getByLabel("Access token")).toBeVisible();
  await expect(panel.getByRole("region", { name: "Preflight" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Plan (dry run)" })).toHaveCount(0);

  await panel.getByLabel("Access token").fill("not-the-token-at-all");
  await panel.getByRole("button", { name: "Connect" }).click();
  await expect(panel.getByRole("alert")).toHaveText(
    "That is not this Easel server's access token.",
  );
  await expect(panel.getByRole("region", { name: "Preflight" })).toHaveCount(0);

  await panel.getByLabel("Access token").fill(E2E_ACCESS_TOKEN);
  await panel.getByRole("button", { name: "Connect" }).click();
  await expect(panel.getByRole("region", { name: "Preflight" })).toContainText("reachable");
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "easel-hub-session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.value).not.toContain(E2E_ACCESS_TOKEN);

  // The session ends: the server refuses the next action, and the panel asks for the token again.
  await page.context().clearCookies();
  await panel.getByRole("button", { name: "Check again" }).click();
  await expect(panel.getByLabel("Access token")).toBeVisible();
  await expect(panel.getByRole("region", { name: "Preflight" })).toHaveCount(0);
});

test("[HUB-SECRETS]: the Easel servers' output holds no secret value they handled", async () => {
  const values = parseValues(secretData("easel-mural-values", "mural-system")["values.yaml"] ?? "");
  const secrets = valueLeaves(values, [])
    .filter((leaf) => isSecretPath(leaf.path))
    .map((leaf) => String(leaf.value))
    .filter((value) => value.length >= 8);
  expect(secrets.length).toBeGreaterThan(2);
  secrets.push(FIRST_TOKEN, SECOND_TOKEN, E2E_ACCESS_TOKEN);
  expectServerOutputWithout(secrets);
});
