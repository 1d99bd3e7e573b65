import { execFileSync } from "node:child_process";

import { accessibilityProblems } from "./fixtures/accessibility";
import { e2eChartRegistry } from "./fixtures/chart-registry";
import { RELEASE_NAMESPACE, resetReleaseNamespace } from "./fixtures/helm";
import { shootState } from "./fixtures/state-shots";
import { expect, test } from "./fixtures/test";
import { E2E_ACCESS_TOKEN, E2E_HUB_KUBECONFIG, E2E_NETWORK_PORT } from "./fixtures/test-hub";
import { ConfigPage } from "./pages/config.page";
import { HelmPanel } from "./pages/helm-panel.page";

const DOMAIN = "paletteai.helm-e2e.io";
const CHANGED_DOMAIN = "paletteai.helm-e2e-changed.io";
const HUB_API = "https://34.118.22.9";
const REGISTRY_PASSWORD = "e2e-registry-password-never-stored";
const SETTINGS = "ConfigMap mural-system/mural-settings";

test.describe.configure({ mode: "serial" });

// The test hub is shared with the other specs: this one starts from, and leaves, a hub without
// the releases or their namespace, as a fresh one is.
test.beforeAll(resetReleaseNamespace);
test.afterAll(resetReleaseNamespace);

/** The domain the deployed `mural` release rendered, as the hub holds it. */
function deployedDomain(): string {
  const configMap = JSON.parse(
    execFileSync(
      "kubectl",
      [
        "--kubeconfig",
        E2E_HUB_KUBECONFIG,
        "get",
        "configmap",
        "mural-settings",
        "-n",
        RELEASE_NAMESPACE,
        "-o",
        "json",
      ],
      { encoding: "utf8" },
    ),
  );
  return configMap.data.domain;
}

test("[HELM]: installs both releases from a plain-HTTP registry, upgrades a changed domain after its preview, then rolls back to revision 1", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const registry = e2eChartRegistry();
  const gke = new ConfigPage(page);
  const helm = new HelmPanel(page);
  // The Easel server with Helm (see playwright.config.ts), which asks for its access token.
  await page.goto(`http://127.0.0.1:${E2E_NETWORK_PORT}/targets/gke`);
  await gke.expectTarget("gke");
  await helm.connect(E2E_ACCESS_TOKEN);
  await expect(helm.preflight).toContainText("Helm v3.17.2");
  await expect(helm.panel.getByRole("button", { name: "Plan (dry run)" })).toHaveCount(0);

  await gke.fillRequired(DOMAIN, HUB_API);
  await gke.enter("Chart registry", registry.repository);
  await gke.field("Plain HTTP").check();
  await gke.waitUntilReady();
  await expect(helm.primaryButton("Install with Helm")).toBeDisabled();
  const password = helm.section.getByLabel("Registry password");
  await expect(password).toHaveAttribute("type", "password");
  await expect(password).toHaveAttribute("autocomplete", "off");
  // Typed credentials stay out of the draft and every browser storage; cleared, none is sent.
  await helm.section.getByLabel("Registry user name").fill("e2e-registry-user");
  await password.fill(REGISTRY_PASSWORD);
  await gke.enter("Helm timeout (minutes)", "12");
  const storage = () => page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  // The draft is saved as the form changes: once it holds the timeout, it holds all it will.
  await expect.poll(storage).toMatch(/helmTimeoutMinutes.{0,4}12/);
  const stored = await storage();
  expect(stored).not.toContain(REGISTRY_PASSWORD);
  expect(stored).not.toContain("e2e-registry-user");
  await helm.section.getByLabel("Registry user name").fill("");
  await password.fill("");

  // First install: the preview names what each release creates.
  await helm.previewNow();
  await expect(helm.preview).toContainText("Preview: first install");
  await expect(helm.previewed("Created", "mural")).toContainText([SETTINGS]);
  await expect(helm.previewed("Created", "mural-crds")).toContainText([
    "CustomResourceDefinition widgets.stand-in.easel.test",
  ]);
  expect(await accessibilityProblems(page)).toEqual([]);
  await shootState(helm.section, "helm-first-preview");
  await helm.primaryButton("Install with Helm").click();
  await expect(helm.progress("Install with Helm")).toBeVisible();
  await helm.expectSucceeded("Install with Helm");
  for (const release of ["mural-crds", "mural"] as const) {
    await expect(helm.step("Install with Helm", release)).toContainText("Revision 1, deployed.");
  }
  await expect(helm.revisions("mural")).toHaveCount(2);
  await expect(helm.revisions("mural-crds")).toHaveCount(2);
  expect(deployedDomain()).toBe(DOMAIN);

  // A changed domain: the install needs a new preview, which names exactly the changed ConfigMap.
  await expect(helm.primaryButton("Upgrade with Helm")).toBeDisabled();
  await gke.enter("Domain", CHANGED_DOMAIN);
  await gke.waitUntilReady();
  await helm.previewNow();
  await expect(helm.preview).toContainText("Preview: upgrade");
  // The finished install is put away beside the new preview: it is not this one's progress.
  await expect(helm.progress("Install with Helm")).toHaveCount(0);
  // Exactly one changed object, whose diff holds the new domain.
  await expect(helm.previewed("Changed", "mural")).toHaveText([new RegExp(`^${SETTINGS}`)]);
  await expect(helm.previewed("Changed", "mural")).toContainText(`+   domain: ${CHANGED_DOMAIN}`);
  await expect(helm.previewed("Changed", "mural-crds")).toHaveCount(0);
  await helm.primaryButton("Upgrade with Helm").click();
  await expect(helm.progress("Upgrade with Helm")).toBeVisible();

  // A reload finds the operation again and follows it.
  await page.reload();
  await gke.expectTarget("gke");
  await helm.expectSucceeded("Upgrade with Helm");
  await expect(helm.step("Upgrade with Helm", "mural")).toContainText("Revision 2, deployed.");
  await expect(helm.step("Upgrade with Helm", "mural-crds")).toContainText("Helm was not run");
  expect(deployedDomain()).toBe(CHANGED_DOMAIN);

  // The history has revision 2; rolling back to revision 1 asks first.
  await expect(helm.revisions("mural")).toHaveCount(3);
  await expect(helm.revisions("mural").nth(1)).toContainText("2");
  await expect(helm.revisions("mural").nth(1)).toContainText("deployed");
  await expect(helm.revisions("mural").nth(2)).toContainText("superseded");
  expect(await accessibilityProblems(page)).toEqual([]);
  await shootState(helm.section, "helm-upgraded");
  await helm.history.getByRole("button", { name: "Roll back to revision 1" }).click();
  const dialog = page.getByRole("dialog", { name: "Roll back mural to revision 1?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Roll back to revision 1" }).click();
  await helm.expectSucceeded("Roll back with Helm");
  await expect(helm.revisions("mural")).toHaveCount(4);
  await expect(helm.revisions("mural").nth(1)).toContainText("deployed");
  expect(deployedDomain()).toBe(DOMAIN);

  // Load from cluster reads the deployed release's values: revision 1's domain, not the changed
  // one Easel's values Secret still holds (a rollback leaves Easel's Secrets as they are).
  await expect(gke.field("Domain")).toHaveValue(CHANGED_DOMAIN);
  await helm.section.getByRole("button", { name: "Load from cluster" }).click();
  await expect(
    helm.section.getByRole("status").filter({ hasText: "values of the mural release deployed" }),
  ).toBeVisible();
  await expect(gke.field("Domain")).toHaveValue(DOMAIN);
});
