// Installing both charts through Easel's Helm install (every check, the Secrets, then each release)
// against what install.sh runs from a shell (kubectl apply of the Secrets, then the same
// `helm upgrade --install` commands), side by side on one real
// test hub and one real registry of stand-in charts: a first install, then a no-change run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { chartSourceOf } from "@/lib/hub/chart-source";
import { HELM_RELEASES, type HelmOperation } from "@/lib/hub/helm-release";
import { hubValuesText } from "@/lib/hub/hub-values";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import { clusterName } from "@/lib/hub/results";
import type { HubConnection } from "@/lib/k8s/client";
import { helmPreviewReport } from "@/lib/k8s/helm-preview-report";
import { hubIdOf } from "@/lib/k8s/hub-id";
import { startHelmInstall } from "@/lib/k8s/start-helm-install";
import { buildInstallManifests } from "@/lib/manifests/install-secrets";
import { renderManifests } from "@/lib/manifests/to-yaml";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { latestHelmOperation } from "@/lib/server/helm-operations";
import { serverSettings } from "@/lib/server/settings";
import { gkeModule } from "@/lib/targets/gke/module";
import { APPLY_SECRETS_COMMAND } from "@/lib/targets/secrets-apply";
import { ensureHelmBinaries, helmBinary, kubectlBinary } from "@/scripts/helm/helm-binaries";
import { startHub, stopHub, type TestHub } from "@/scripts/test-hub/test-hub";
import { startRegistry, stopRegistry } from "@/scripts/test-registry/test-registry";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { helmHomesEnv } from "@/test/support/helm-homes";
import { connectAs } from "@/test/support/hub";
import {
  chartRegistryAt,
  publishStandInCharts,
  STAND_IN_CRDS_VERSION,
  STAND_IN_VERSION,
} from "@/test/support/stand-in-charts";

import { onBenchEnd } from "./cleanup";
import { ratioFigure, rounded, type Figure } from "./figure";
import { median } from "./measure";

/**
 * Helm's --wait polls a new CRD every 2 s and often misses its first look, on either side alike:
 * enough rounds that the medians are not that coin toss.
 */
const ROUNDS = 7;
/** The budget: Easel's checks may cost at most a tenth over Helm run by hand. */
const RATIO_BUDGET = 1.1;
const TIMEOUT_MINUTES = 2;

function benchConfig(repository: string): GkeConfig {
  // Every Secret the GKE install has, so both sides apply them as install.sh does.
  const config = everySecretGkeConfig();
  config.install = {
    ...config.install,
    chartRegistry: repository,
    chartPlainHttp: true,
    crdsVersion: STAND_IN_CRDS_VERSION,
    muralVersion: STAND_IN_VERSION,
    helmTimeoutMinutes: TIMEOUT_MINUTES,
  };
  return config;
}

/** Helm with homes of its own in `dir`, as an admin's shell runs it. */
function shellHelm(dir: string, hub: TestHub) {
  const env = helmHomesEnv(dir);
  return (args: string[]) =>
    execFileSync(helmBinary(3), [...args, "--kubeconfig", hub.kubeconfigs.admin], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
}

/** What install.sh runs: the Secrets with kubectl, then both charts, values from a file. */
function shellInstall(
  helm: (args: string[]) => Buffer,
  hub: TestHub,
  config: GkeConfig,
  files: { values: string; secrets: string },
) {
  execFileSync(kubectlBinary(), [
    "--kubeconfig",
    hub.kubeconfigs.admin,
    ...APPLY_SECRETS_COMMAND.replace(/^kubectl /, "")
      .replace("secrets.yaml", files.secrets)
      .split(" "),
  ]);
  const { registry } = chartSourceOf(config.install);
  const common = ["--namespace", RELEASE_NAMESPACE, "--create-namespace", "--plain-http"];
  const wait = ["--wait", "--timeout", `${TIMEOUT_MINUTES}m`];
  helm([
    "upgrade",
    "--install",
    "mural-crds",
    `${registry}/mural-crds`,
    "--version",
    config.install.crdsVersion,
    ...common,
    ...wait,
  ]);
  helm([
    "upgrade",
    "--install",
    "mural",
    `${registry}/mural`,
    "--version",
    config.install.muralVersion,
    ...common,
    "--values",
    files.values,
    ...wait,
  ]);
}

async function finished(hubId: string, id: string): Promise<HelmOperation> {
  for (;;) {
    const operation = latestHelmOperation(hubId);
    if (operation?.id !== id) throw new Error("Easel's Helm operation was replaced.");
    if (operation.state !== "running") return operation;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The panel's flow: preview (not timed: the admin reads it), then Install with Helm, timed. */
async function easelInstall(
  connection: HubConnection,
  env: Record<string, string>,
  config: GkeConfig,
): Promise<number> {
  const settings = serverSettings(env);
  const preview = await helmPreviewReport(connection, settings, { config });
  const start = performance.now();
  const { operationId } = await startHelmInstall(connection, settings, {
    config,
    planned: plannedObjectsOf(preview.plan.entries),
    confirmReplacingSecretsOn: clusterName(connection),
  });
  const operation = await finished(hubIdOf(connection), operationId);
  const took = performance.now() - start;
  if (operation.state !== "succeeded") {
    throw new Error(
      `Easel's Helm install failed: ${operation.steps.map((step) => step.error ?? step.state).join("; ")}`,
    );
  }
  return took;
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Both releases gone (the CRD with its chart), so the next first install is one. */
function uninstallBoth(helm: (args: string[]) => Buffer): void {
  for (const release of [...HELM_RELEASES].reverse()) {
    helm(["uninstall", release, "--namespace", RELEASE_NAMESPACE, "--wait", "--timeout", "2m"]);
  }
}

export async function compareHelmInstallWithShell(): Promise<Figure[]> {
  ensureHelmBinaries();
  const hubDir = mkdtempSync(path.join(tmpdir(), "easel-hub-"));
  const registryDir = mkdtempSync(path.join(tmpdir(), "easel-registry-"));
  const shellDir = mkdtempSync(path.join(tmpdir(), "easel-helm-bench-"));
  const forget = onBenchEnd(async () => {
    await stopHub(hubDir);
    await stopRegistry(registryDir);
  });
  try {
    const [hub, registry] = await Promise.all([startHub(hubDir), startRegistry(registryDir)]);
    publishStandInCharts(registry.url);
    const config = benchConfig(chartRegistryAt(registry.url).repository);
    const valuesFile = path.join(shellDir, "values.yaml");
    writeFileSync(valuesFile, hubValuesText(gkeModule, config), { mode: 0o600 });
    const secretsFile = path.join(shellDir, "secrets.yaml");
    writeFileSync(secretsFile, renderManifests(buildInstallManifests(config), []), { mode: 0o600 });
    const files = { values: valuesFile, secrets: secretsFile };
    const helm = shellHelm(shellDir, hub);
    const env = {
      EASEL_CLUSTER_FEATURES: "on",
      EASEL_HELM: helmBinary(3),
      EASEL_HUB_KUBECONFIG: hub.kubeconfigs.admin,
    };
    const connection = connectAs(hub, "admin");
    const times = {
      easelFirst: [] as number[],
      easelAgain: [] as number[],
      shellFirst: [] as number[],
      shellAgain: [] as number[],
    };
    // Round 0 warms both Helm caches and the hub, and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      const easelFirst = await easelInstall(connection, env, config);
      const easelAgain = await easelInstall(connection, env, config);
      uninstallBoth(helm);
      const shellFirst = timed(() => shellInstall(helm, hub, config, files));
      const shellAgain = timed(() => shellInstall(helm, hub, config, files));
      uninstallBoth(helm);
      if (round === 0) continue;
      times.easelFirst.push(easelFirst);
      times.easelAgain.push(easelAgain);
      times.shellFirst.push(shellFirst);
      times.shellAgain.push(shellAgain);
    }
    const figure = (name: string, easel: number[], shell: number[]) =>
      ratioFigure(name, median(easel) / median(shell), RATIO_BUDGET, ROUNDS, {
        easelMedianMs: rounded(median(easel), 1),
        shellMedianMs: rounded(median(shell), 1),
      });
    return [
      figure(
        "first Helm install of both charts: Easel vs helm upgrade --install from a shell",
        times.easelFirst,
        times.shellFirst,
      ),
      figure(
        "no-change Helm upgrade of both charts: Easel vs helm upgrade --install from a shell",
        times.easelAgain,
        times.shellAgain,
      ),
    ];
  } finally {
    rmSync(shellDir, { recursive: true, force: true });
    forget();
    await stopHub(hubDir);
    await stopRegistry(registryDir);
  }
}
