import {
  STAND_IN_BROKEN_SERVICE,
  STAND_IN_BROKEN_VERSION,
  STAND_IN_VERSION,
} from "../test/support/stand-in-charts";
import { accessibilityProblems } from "./fixtures/accessibility";
import { e2eChartRegistry } from "./fixtures/chart-registry";
import {
  kubectl,
  recordedStatuses,
  RELEASE_NAMESPACE,
  resetReleaseNamespace,
} from "./fixtures/helm";
import { openHelmPanel } from "./fixtures/helm-page";
import { hubValuesSecrets } from "./fixtures/hub-values-secrets";
import { installStandInReleases } from "./fixtures/stand-in-releases";
import { shootState } from "./fixtures/state-shots";
import { expect, test } from "./fixtures/test";

const DOMAIN = "paletteai.helm-failed-e2e.io";
const UPGRADE = "Upgrade with Helm";

// Starts from both releases deployed at revision 1 (installed by hand), leaves a fresh hub.
test.beforeAll(() => {
  resetReleaseNamespace();
  installStandInReleases(DOMAIN);
});
test.afterAll(resetReleaseNamespace);

test("[HELM]: an upgrade to a chart the API server refuses fails at mural, says Helm's reason and that it rolled back, and the history shows it", async ({
  page,
}) => {
  const { gke, helm } = await openHelmPanel(page, {
    domain: DOMAIN,
    repository: e2eChartRegistry().repository,
  });
  await gke.enter("mural chart version", STAND_IN_BROKEN_VERSION);
  await gke.waitUntilReady();
  await expect(helm.revisions("mural")).toHaveCount(2);

  await helm.previewNow();
  await expect(helm.preview).toContainText("Preview: upgrade");
  await expect(helm.previewed("Created", "mural")).toContainText([
    `Service ${RELEASE_NAMESPACE}/${STAND_IN_BROKEN_SERVICE}`,
  ]);
  await helm.primaryButton(UPGRADE).click();
  await expect(helm.progress(UPGRADE)).toContainText(
    "Failed at mural; the steps after it did not run.",
    { timeout: 120_000 },
  );
  const failed = helm.step(UPGRADE, "mural");
  await expect(failed).toContainText("mural: failed");
  // Helm's own reason: the API server refused the broken Service's port.
  await expect(failed).toContainText(/The release mural failed: .*nodePort/);
  await expect(failed).not.toContainText("..");
  // The rollback is said once, in Helm's words.
  await expect(failed).toContainText("Helm rolled mural back to where it was.");
  await expect(failed).not.toContainText(/The rollback (ran|did not run)/);
  await expect(helm.step(UPGRADE, "mural-crds")).toContainText("Helm was not run");

  // Revision 2 failed; Helm's rollback made revision 3, deployed at the chart of revision 1.
  await expect(helm.revisions("mural")).toHaveCount(4);
  const revision = (row: number) => helm.revisions("mural").nth(row);
  await expect(revision(1)).toContainText(`3mural-${STAND_IN_VERSION}deployed`);
  await expect(revision(2)).toContainText(`2mural-${STAND_IN_BROKEN_VERSION}failed`);
  await expect(revision(3)).toContainText(`1mural-${STAND_IN_VERSION}superseded`);
  expect(recordedStatuses("mural")).toEqual(["superseded", "failed", "deployed"]);
  expect(
    kubectl([
      "get",
      "service",
      STAND_IN_BROKEN_SERVICE,
      "-n",
      RELEASE_NAMESPACE,
      "--ignore-not-found",
    ]),
  ).toBe("");

  // Easel's Secrets were applied before Helm ran: none of their values, nor the stand-in's Secret
  // made of one, is in the panel's text (Helm's output included).
  const secrets = hubValuesSecrets();
  expect(secrets.length).toBeGreaterThan(2);
  const text = await helm.panel.innerText();
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString("base64"));
  }
  expect(await accessibilityProblems(page)).toEqual([]);
  await shootState(helm.section, "failed-upgrade");
});
