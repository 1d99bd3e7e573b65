import type { Page } from "@playwright/test";

import { accessibilityProblems } from "./fixtures/accessibility";
import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

const DOMAIN = "paletteai.spoke-kinds.io";
const HUB = "https://34.118.22.9";

type SpokeValues = { name: string; kubeconfig: Record<string, unknown> };

const HUB_ENTRY = { name: "hub-as-spoke", kubeconfig: { inCluster: true } };

function dedicatedEntry(name: string) {
  return {
    name,
    kubeconfig: {
      context: "",
      inCluster: false,
      secretReference: { name: `spoke-kubeconfig-${name}`, kubeconfigKey: "kubeconfig" },
    },
  };
}

/** The spokes of a downloaded values.yaml, each with its name and kubeconfig. */
async function exportedSpokes(gke: ConfigPage): Promise<SpokeValues[]> {
  const values = (await gke.downloadValues()) as { fleetConfig: { spokes: SpokeValues[] } };
  return values.fleetConfig.spokes.map(({ name, kubeconfig }) => ({ name, kubeconfig }));
}

function spoke(page: Page, position: number) {
  const group = page.getByRole("group", { name: `Spoke ${position}`, exact: true });
  return {
    group,
    name: group.getByLabel("Spoke name", { exact: true }),
    hub: group.getByRole("radio", { name: "This hub as a spoke" }),
    dedicated: group.getByRole("radio", { name: "A dedicated cluster" }),
    secret: group.getByLabel("Kubeconfig Secret", { exact: true }),
  };
}

test("[SPOKE-KINDS]: each spoke's kind is chosen; the hub as a spoke is removed, added back, and a rename changes no kind", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  const list = page.getByRole("group", { name: "Spokes", exact: true });
  // The page says what the GKE guide does for a dedicated spoke: it renames the entry.
  await expect(list).toContainText("The GKE guide installs this hub as a spoke");
  await expect(list).toContainText("renames the entry from hub-as-spoke to the spoke's name");

  // The starting spoke is the hub, its name kept, no kubeconfig asked for.
  const first = spoke(page, 1);
  await expect(first.hub).toBeChecked();
  await expect(first.name).toHaveValue("hub-as-spoke");
  await expect(first.name).not.toBeEditable();
  await expect(first.secret).toHaveCount(0);
  const addHub = page.getByRole("button", { name: "Add this hub as a spoke" });
  await expect(addHub).toHaveCount(0);

  // A dedicated spoke cannot be the hub while another is; renamed to hub-as-spoke, it stays
  // dedicated, keeps its kubeconfig fields and says so at its name.
  await page.getByRole("button", { name: "Add dedicated spoke" }).click();
  const second = spoke(page, 2);
  await expect(second.dedicated).toBeChecked();
  await expect(second.hub).toBeDisabled();
  await expect(second.hub).toHaveAccessibleDescription(/Spoke 1 is this hub as a spoke already/);
  await second.name.fill("hub-as-spoke");
  await second.name.blur();
  await expect(second.group.locator(".field-error")).toHaveText(
    'hub-as-spoke is the name of this hub as a spoke. Give this dedicated cluster another name, or choose "This hub as a spoke".',
  );
  await expect(second.secret).toBeVisible();
  await expect(second.dedicated).toBeChecked();
  await second.name.fill("gpu-east");
  await expect(second.group.locator(".field-error")).toHaveCount(0);
  expect(await accessibilityProblems(page)).toEqual([]);

  // Removed, the hub can be added back.
  await page.getByRole("button", { name: "Remove spoke 1" }).click();
  await expect(spoke(page, 1).name).toHaveValue("gpu-east");
  await expect(spoke(page, 1).hub).toBeEnabled();
  expect(await exportedSpokes(gke)).toEqual([dedicatedEntry("gpu-east")]);
  await addHub.click();
  await expect(addHub).toHaveCount(0);
  const back = spoke(page, 2);
  await expect(back.hub).toBeChecked();
  await expect(back.name).toHaveValue("hub-as-spoke");
  expect(await exportedSpokes(gke)).toEqual([dedicatedEntry("gpu-east"), HUB_ENTRY]);

  // Chosen as a dedicated cluster (the GKE guide's rename), the hub's entry gets a name of its
  // own and its kubeconfig fields; chosen back, it is the hub again, and the Add button goes.
  await back.dedicated.check();
  await expect(back.name).toHaveValue("spoke-1");
  await expect(back.name).toBeEditable();
  await expect(back.secret).toBeVisible();
  await expect(addHub).toBeVisible();
  await back.name.fill("gpu-west");
  expect(await exportedSpokes(gke)).toEqual([
    dedicatedEntry("gpu-east"),
    dedicatedEntry("gpu-west"),
  ]);
  await spoke(page, 1).hub.check();
  await expect(spoke(page, 1).name).toHaveValue("hub-as-spoke");
  await expect(back.hub).toBeDisabled();
  await expect(addHub).toHaveCount(0);
  expect(await exportedSpokes(gke)).toEqual([HUB_ENTRY, dedicatedEntry("gpu-west")]);
  // Back to a dedicated cluster, it has the name it had before.
  await spoke(page, 1).dedicated.check();
  await expect(spoke(page, 1).name).toHaveValue("gpu-east");
  expect(await accessibilityProblems(page)).toEqual([]);
});

test("[SPOKE-KINDS]: the appliance page says what the appliance guide does: an entry per spoke", async ({
  page,
}) => {
  const appliance = new ConfigPage(page);
  await appliance.open("appliance");
  const list = page.getByRole("group", { name: "Spokes", exact: true });
  await expect(list).toContainText(
    "The appliance guide deploys this hub as a spoke by default and, to attach dedicated spoke clusters, adds an entry to fleetConfig.spokes for each spoke",
  );
  await expect(list).not.toContainText("renames the entry");
});
