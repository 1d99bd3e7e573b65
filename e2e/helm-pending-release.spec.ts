import { STAND_IN_VERSION } from "../test/support/stand-in-charts";
import { accessibilityProblems } from "./fixtures/accessibility";
import { e2eChartRegistry } from "./fixtures/chart-registry";
import {
  kubectl,
  recordedStatuses,
  RELEASE_NAMESPACE,
  resetReleaseNamespace,
} from "./fixtures/helm";
import { openHelmPanel } from "./fixtures/helm-page";
import {
  hasNeverReadyDeployment,
  installStandInReleases,
  leaveMuralPendingUpgrade,
} from "./fixtures/stand-in-releases";
import { shootState } from "./fixtures/state-shots";
import { expect, test } from "./fixtures/test";

const DOMAIN = "paletteai.helm-pending-e2e.io";
const UPGRADE = "Upgrade with Helm";

// Starts from mural left in pending-upgrade at revision 2 by a Helm killed mid-wait; leaves a
// fresh hub.
test.beforeAll(async () => {
  resetReleaseNamespace();
  installStandInReleases(DOMAIN);
  await leaveMuralPendingUpgrade();
});
test.afterAll(resetReleaseNamespace);

function hasEaselValues(): boolean {
  const name = kubectl([
    "get",
    "secret",
    "easel-mural-values",
    "-n",
    RELEASE_NAMESPACE,
    "--ignore-not-found",
    "-o",
    "name",
  ]);
  return name.trim() !== "";
}

test("[HELM]: a release stuck in pending-upgrade is shown so, refuses Upgrade with Helm, and Roll back gets it out", async ({
  page,
}) => {
  const { gke, helm } = await openHelmPanel(page, {
    domain: DOMAIN,
    repository: e2eChartRegistry().repository,
  });
  await gke.waitUntilReady();

  const stuck = helm.history.getByRole("status").filter({ hasText: "is stuck in" });
  await expect(stuck).toContainText("mural is stuck in pending-upgrade at revision 2");
  await expect(helm.revisions("mural")).toHaveCount(3);
  await expect(helm.revisions("mural").nth(1)).toContainText(
    `2mural-${STAND_IN_VERSION}pending-upgrade`,
  );
  expect(await accessibilityProblems(page)).toEqual([]);
  await shootState(helm.section, "pending-release");

  // Helm would refuse the upgrade: Easel says so before writing anything, its Secrets included.
  await helm.previewNow();
  await expect(helm.preview).toContainText("Preview: upgrade");
  await helm.primaryButton(UPGRADE).click();
  await expect(helm.section.getByRole("alert")).toHaveText(
    "Nothing was written: mural is pending-upgrade at revision 2. Roll it back to its last deployed revision first.",
  );
  expect(hasEaselValues()).toBe(false);
  // A refusal changed nothing: the preview still stands, and the button takes it again.
  await expect(
    helm.section.getByRole("status").filter({ hasText: "The releases changed since this preview" }),
  ).toHaveCount(0);
  await expect(helm.primaryButton(UPGRADE)).toBeEnabled();
  expect(recordedStatuses("mural")).toEqual(["deployed", "pending-upgrade"]);
  await shootState(helm.section, "pending-refused");

  // The way out: back to revision 1, the last one deployed.
  await stuck.getByRole("button", { name: "Roll back" }).click();
  const dialog = page.getByRole("dialog", { name: "Roll back mural to revision 1?" });
  await dialog.getByRole("button", { name: "Roll back to revision 1" }).click();
  // The server shows the hub's latest Helm operation, which may be another page's earlier
  // rollback: the history, read from the hub, says this one ran.
  await expect(stuck).toHaveCount(0, { timeout: 60_000 });
  await expect(helm.revisions("mural").nth(1)).toContainText(`3mural-${STAND_IN_VERSION}deployed`);
  await helm.expectSucceeded("Roll back with Helm");
  expect(hasNeverReadyDeployment()).toBe(false);

  // The upgrade works again.
  await helm.previewNow();
  await helm.primaryButton(UPGRADE).click();
  await helm.expectSucceeded(UPGRADE);
  await expect(helm.step(UPGRADE, "mural")).toContainText("Revision 4, deployed.");
  // Helm's rollback supersedes the deployed revisions; the interrupted one keeps its status.
  expect(recordedStatuses("mural")).toEqual([
    "superseded",
    "pending-upgrade",
    "superseded",
    "deployed",
  ]);
  expect(hasEaselValues()).toBe(true);
});
