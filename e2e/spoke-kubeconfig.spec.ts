import type { Locator, Page } from "@playwright/test";

import { kubectlKubeconfig } from "../test/support/kubeconfig";
import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const DOMAIN = "paletteai.acme-labs.io";
const HUB = "https://34.118.22.7";

/** Written by kubectl: gpu-east (current) and gpu-west, each with its own cluster and user. */
const TWO_CONTEXTS = kubectlKubeconfig({
  server: "https://10.20.0.5:6443",
  otherContexts: [{ context: "gpu-west", server: "https://10.30.0.5:6443" }],
});

/** A values.yaml with one dedicated spoke whose context no file of this test has. */
const IMPORTED_VALUES = `fleetConfig:
  hub:
    apiServer: "${HUB}"
  spokes:
    - name: gpu-east
      klusterlet:
        forceInternalEndpointLookup: false
      kubeconfig:
        context: prod
        inCluster: false
        secretReference:
          name: spoke-kubeconfig-gpu-east
          kubeconfigKey: kubeconfig
`;

function chooseKubeconfig(spoke: Locator, name: string, text: string) {
  return spoke.getByLabel("Kubeconfig file", { exact: true }).setInputFiles({
    name,
    mimeType: "text/yaml",
    buffer: Buffer.from(text),
  });
}

/** The context written for the spoke at `index` in a downloaded values.yaml. */
async function exportedContext(gke: ConfigPage, index: number): Promise<unknown> {
  const values = (await gke.downloadValues()) as {
    fleetConfig: { spokes: { kubeconfig: { context?: unknown } }[] };
  };
  return values.fleetConfig.spokes[index]?.kubeconfig.context;
}

async function addDedicatedSpoke(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Add dedicated spoke" }).click();
  const spoke = page.getByRole("group", { name: "Spoke 2" });
  await spoke.getByLabel("Spoke name", { exact: true }).fill("gpu-east");
  return spoke;
}

test("[KUBECONFIG]: the context is a menu of the chosen file's contexts, and the export follows it", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  const spoke = await addDedicatedSpoke(page);
  // Before any file: typed, and the field says why.
  const typed = spoke.getByRole("textbox", { name: "Kubeconfig context" });
  await expect(typed).toHaveAccessibleDescription(/No kubeconfig file chosen/);
  await expect(spoke.getByLabel("Spoke name", { exact: true })).toHaveAccessibleDescription(
    /follow "Set Up GKE Spokes" in PaletteAI's docs/,
  );

  await chooseKubeconfig(spoke, "spoke.kubeconfig", TWO_CONTEXTS);
  const menu = spoke.getByRole("combobox", { name: "Kubeconfig context" });
  await expect(menu.getByRole("option")).toHaveText(["gpu-east (current context)", "gpu-west"]);
  await expect(menu.locator("option:checked")).toHaveText("gpu-east (current context)");
  await expect(menu).toHaveAccessibleDescription(/The hub uses this context.s cluster and user/);
  await expect(spoke.getByRole("status").filter({ hasText: "Context" })).toHaveText(
    "spoke.kubeconfig: Context gpu-east: https://10.20.0.5:6443 as gpu-east-user",
  );
  expect(await accessibilityProblems(page)).toEqual([]);
  expect(await exportedContext(gke, 1)).toBe("");

  // With the keyboard: the menu is reached from the file's Remove button and changed by arrows.
  await spoke.getByRole("button", { name: "Remove Kubeconfig file" }).focus();
  await page.keyboard.press("Tab");
  await expect(menu).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.locator("option:checked")).toHaveText("gpu-west");
  await expect(spoke.getByRole("status").filter({ hasText: "Context" })).toHaveText(
    "spoke.kubeconfig: Context gpu-west: https://10.30.0.5:6443 as gpu-west-user",
  );
  expect(await exportedContext(gke, 1)).toBe("gpu-west");

  await menu.selectOption({ label: "gpu-east (current context)" });
  expect(await exportedContext(gke, 1)).toBe("");
});

test("[KUBECONFIG]: an imported context the file lacks is kept and said at the menu; a refused file leaves the kept one", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await page.getByText("Import an existing values.yaml").click();
  await page.getByLabel("Or paste values.yaml").fill(IMPORTED_VALUES);
  await page.getByRole("button", { name: "Import pasted values.yaml" }).click();
  await gke.field("Domain").fill(DOMAIN);
  const spoke = page.getByRole("group", { name: "Spoke 1" });
  await expect(spoke.getByRole("textbox", { name: "Kubeconfig context" })).toHaveValue("prod");

  await chooseKubeconfig(spoke, "spoke.kubeconfig", TWO_CONTEXTS);
  const menu = spoke.getByRole("combobox", { name: "Kubeconfig context" });
  await expect(menu).toHaveValue("prod");
  await expect(menu.locator("option:checked")).toHaveText("prod (not in this file)");
  await expect(menu).toHaveAttribute("aria-invalid", "true");
  await expect(menu).toHaveAccessibleDescription(
    /prod is not a context in spoke\.kubeconfig \(it has gpu-east, gpu-west\)\./,
  );
  // The file itself is fine and kept; what is wrong is said once, at the menu.
  const upload = spoke.getByLabel("Kubeconfig file", { exact: true });
  await expect(upload).toHaveAttribute("aria-invalid", "false");
  await expect(spoke.getByRole("status").filter({ hasText: "spoke.kubeconfig" })).toHaveText(
    "spoke.kubeconfig: contexts gpu-east, gpu-west",
  );
  await expect(spoke).not.toContainText("see the error");
  expect(await accessibilityProblems(page)).toEqual([]);

  // A refused file is said at the file, by name, and the kept one stays.
  await chooseKubeconfig(spoke, "broken.kubeconfig", "kind: Config\nclusters: [\n");
  await expect(upload).toHaveAttribute("aria-invalid", "true");
  await expect(upload).toHaveAccessibleDescription(
    /broken\.kubeconfig: .*not valid YAML \(line 3, column 1\).* spoke\.kubeconfig is still kept\./,
  );
  await expect(menu).toHaveValue("prod");
  // The control itself still shows the kept file, not "No file chosen".
  expect(await upload.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe(
    "spoke.kubeconfig",
  );

  // Download refuses while the context is wrong, and its summary leads to the menu.
  await gke.downloadButton.click();
  await expect(gke.errorSummary).toBeVisible();
  const listed = gke.errorSummary
    .getByRole("listitem")
    .filter({ hasText: "prod is not a context" });
  await listed.getByRole("link", { name: /Kubeconfig context/ }).click();
  await expect(menu).toBeFocused();

  await menu.selectOption("gpu-west");
  await expect(menu).toHaveAttribute("aria-invalid", "false");
  // The imported file's secrets are still to be given, so the preview shows what is written.
  await expect(gke.errorSummary).not.toContainText("Kubeconfig context");
  await expect(gke.preview).toContainText("context: gpu-west");
});
