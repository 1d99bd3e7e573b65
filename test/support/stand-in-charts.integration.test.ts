// The stand-in charts do what the Helm tests rely on, with both Helm majors on a real test hub:
// they install with --wait, carry the values Easel writes, upgrade, and the broken version fails
// after Helm wrote the release, so Helm's own rollback really rolls back.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { HELM_MAJORS, helmBinary, type HelmMajor } from "@/scripts/helm/helm-binaries";
import type { TestHub } from "@/scripts/test-hub/test-hub";

import { chartRegistry } from "./chart-registry";
import { helmHomesEnv } from "./helm-homes";
import { kubectlGet } from "./hub";
import { privateHubForFile } from "./hub-lifecycle";
import {
  STAND_IN_BROKEN_SERVICE,
  STAND_IN_BROKEN_VERSION,
  STAND_IN_CHART,
  STAND_IN_CRD_NAME,
  STAND_IN_CRDS_CHART,
  STAND_IN_CRDS_VERSION,
  STAND_IN_FEATURES_CONFIGMAP,
  STAND_IN_OIDC_SECRET,
  STAND_IN_SETTINGS_CONFIGMAP,
  STAND_IN_UPGRADE_VERSION,
  STAND_IN_VERSION,
  standInChartReference,
} from "./stand-in-charts";

const testHub = privateHubForFile();
const LONG = 180_000;

/** Helm's flag for "undo a failed install or upgrade", by major. */
const ROLLBACK_FLAG: Record<HelmMajor, string> = { 3: "--atomic", 4: "--rollback-on-failure" };

function helm(major: HelmMajor, hub: TestHub, args: string[], input = "") {
  const home = mkdtempSync(path.join(tmpdir(), "easel-stand-in-helm-"));
  return spawnSync(helmBinary(major), [...args, "--kubeconfig", hub.kubeconfigs.admin], {
    env: helmHomesEnv(home),
    input,
    encoding: "utf8",
  });
}

function upgradeInstall(major: HelmMajor, namespace: string, chart: string, version: string) {
  return (extra: string[] = [], values = "") =>
    helm(
      major,
      testHub(),
      [
        "upgrade",
        "--install",
        chart,
        standInChartReference(chartRegistry().url, chart),
        "--version",
        version,
        "--plain-http",
        "-n",
        namespace,
        "--create-namespace",
        "--wait",
        "--timeout",
        "90s",
        "-f",
        "-",
        ...extra,
      ],
      values,
    );
}

/** The broken version over `namespace`'s release, with Helm told to undo it: it must fail. */
function installBroken(major: HelmMajor, namespace: string) {
  const broken = upgradeInstall(
    major,
    namespace,
    STAND_IN_CHART,
    STAND_IN_BROKEN_VERSION,
  )([ROLLBACK_FLAG[major]], VALUES);
  expect(broken.status).not.toBe(0);
  return broken;
}

type HistoryEntry = { revision: number; status: string; chart: string; description: string };

function history(major: HelmMajor, namespace: string, release: string): HistoryEntry[] {
  const result = helm(major, testHub(), ["history", release, "-n", namespace, "-o", "json"]);
  return JSON.parse(result.stdout) as HistoryEntry[];
}

const VALUES = [
  "global:",
  "  dns:",
  "    domain: stand-in.example",
  "dex:",
  "  config:",
  "    issuer: https://stand-in.example/dex",
  "canvas:",
  "  oidc:",
  "    sessionSecret: a-session-secret",
  "",
].join("\n");

describe("the stand-in charts on a real hub", () => {
  it(
    "installs mural-crds with Helm 3 and upgrades that same release with Helm 4",
    () => {
      for (const major of HELM_MAJORS) {
        const install = upgradeInstall(
          major,
          "mural-system",
          STAND_IN_CRDS_CHART,
          STAND_IN_CRDS_VERSION,
        );
        const result = install();
        expect(result.status, result.stderr).toBe(0);
      }
      expect(kubectlGet(testHub(), "crd", STAND_IN_CRD_NAME)).toBeDefined();
      expect(history(4, "mural-system", STAND_IN_CRDS_CHART).map((entry) => entry.status)).toEqual([
        "superseded",
        "deployed",
      ]);
    },
    LONG,
  );

  it.each(HELM_MAJORS)(
    "with Helm %i: installs with the values, rolls the broken version back, upgrades",
    (major) => {
      const namespace = `stand-in-helm-${major}`;
      const first = upgradeInstall(major, namespace, STAND_IN_CHART, STAND_IN_VERSION)([], VALUES);
      expect(first.status, first.stderr).toBe(0);
      const settings = kubectlGet(
        testHub(),
        "configmap",
        STAND_IN_SETTINGS_CONFIGMAP,
        namespace,
      ) as { data?: Record<string, string> } | undefined;
      expect(settings?.data).toEqual({
        domain: "stand-in.example",
        dexIssuer: "https://stand-in.example/dex",
      });
      const secret = kubectlGet(testHub(), "secret", STAND_IN_OIDC_SECRET, namespace) as
        { data?: Record<string, string> } | undefined;
      expect(Buffer.from(secret?.data?.sessionSecret ?? "", "base64").toString()).toBe(
        "a-session-secret",
      );

      const broken = installBroken(major, namespace);
      expect(broken.stderr).toContain(`Service "${STAND_IN_BROKEN_SERVICE}" is invalid`);
      expect(broken.stderr).toContain("has been rolled back");
      expect(history(major, namespace, STAND_IN_CHART)).toMatchObject([
        { revision: 1, status: "superseded", chart: `mural-${STAND_IN_VERSION}` },
        { revision: 2, status: "failed", chart: `mural-${STAND_IN_BROKEN_VERSION}` },
        {
          revision: 3,
          status: "deployed",
          chart: `mural-${STAND_IN_VERSION}`,
          description: "Rollback to 1",
        },
      ]);

      const upgrade = upgradeInstall(
        major,
        namespace,
        STAND_IN_CHART,
        STAND_IN_UPGRADE_VERSION,
      )([], VALUES);
      expect(upgrade.status, upgrade.stderr).toBe(0);
      expect(
        kubectlGet(testHub(), "configmap", STAND_IN_FEATURES_CONFIGMAP, namespace),
      ).toBeDefined();
    },
    LONG,
  );

  it.each(HELM_MAJORS)(
    "with Helm %i: a first install of the broken version is uninstalled again",
    (major) => {
      const namespace = `stand-in-broken-${major}`;
      const broken = installBroken(major, namespace);
      expect(broken.stderr).toContain("has been uninstalled");
      const list = helm(major, testHub(), ["list", "-n", namespace, "-o", "json"]);
      expect(JSON.parse(list.stdout)).toEqual([]);
      expect(
        kubectlGet(testHub(), "configmap", STAND_IN_SETTINGS_CONFIGMAP, namespace),
      ).toBeUndefined();
    },
    LONG,
  );
});
