// A first install whose `mural` renders a kind only `mural-crds` adds: the preview cannot ask the
// hub about it, so the install asks once mural-crds is in, before Helm writes anything of mural.
import { describe, expect, it } from "vitest";

import type { HelmOperation } from "@/lib/hub/helm-release";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import { clusterName } from "@/lib/hub/results";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { latestHelmOperation } from "@/lib/server/helm-operations";
import { serverSettings } from "@/lib/server/settings";
import { helmBinary } from "@/scripts/helm/helm-binaries";
import { chartRegistry } from "@/test/support/chart-registry";
import { validGkeConfig } from "@/test/support/gke-config";
import { connectWithToken, kubectl } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import {
  STAND_IN_CRDS_VERSION,
  STAND_IN_WIDGET,
  STAND_IN_WIDGET_VERSION,
} from "@/test/support/stand-in-charts";

import type { HubConnection } from "./client";
import { helmPreviewReport } from "./helm-preview-report";
import { hubIdOf } from "./hub-id";
import { startHelmInstall } from "./start-helm-install";

const testHub = privateHubForFile();
const LONG = 180_000;
const NAMESPACE = "mural-system";

/** Everything the install needs but the Widgets: the core kinds and CRDs, cluster-wide. */
const INSTALLER_RBAC = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: installer
  namespace: ${NAMESPACE}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: installer
rules:
  - apiGroups: ["", "apiextensions.k8s.io"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: installer
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: installer
subjects:
  - kind: ServiceAccount
    name: installer
    namespace: ${NAMESPACE}
`;

const WIDGETS_RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: installer
rules:
  - apiGroups: ["", "apiextensions.k8s.io", "stand-in.easel.test"]
    resources: ["*"]
    verbs: ["*"]
`;

function widgetConfig(): GkeConfig {
  const config = validGkeConfig({ domain: "widgets.example.test" });
  config.install = {
    ...config.install,
    chartRegistry: chartRegistry().repository,
    chartPlainHttp: true,
    crdsVersion: STAND_IN_CRDS_VERSION,
    muralVersion: STAND_IN_WIDGET_VERSION,
    helmTimeoutMinutes: 2,
  };
  return config;
}

// The checks are Easel's own access reviews, alike for both majors: Helm 3 runs the releases.
const settings = () => serverSettings({ EASEL_CLUSTER_FEATURES: "on", EASEL_HELM: helmBinary(3) });

async function installed(connection: HubConnection, config: GkeConfig): Promise<HelmOperation> {
  const preview = await helmPreviewReport(connection, settings(), { config });
  const { operationId } = await startHelmInstall(connection, settings(), {
    config,
    planned: plannedObjectsOf(preview.plan.entries),
    confirmReplacingSecretsOn: clusterName(connection),
  });
  for (;;) {
    const operation = latestHelmOperation(hubIdOf(connection));
    if (operation?.id !== operationId) throw new Error("The operation was replaced.");
    if (operation.state !== "running") return operation;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a kind the CRDs chart adds", () => {
  it(
    "is access-checked after mural-crds, before Helm writes anything of mural",
    async () => {
      const hub = testHub();
      kubectl(hub, ["create", "namespace", NAMESPACE]);
      kubectl(hub, ["apply", "-f", "-"], INSTALLER_RBAC);
      const token = kubectl(hub, ["-n", NAMESPACE, "create", "token", "installer"]).trim();
      const installer = connectWithToken(hub, "installer", token);
      const config = widgetConfig();

      const preview = await helmPreviewReport(installer, settings(), { config });
      const muralAccess = preview.access.find((item) => item.release === "mural");
      expect(muralAccess).toMatchObject({ refused: [], unchecked: [{ kind: "Widget" }] });

      const refused = await installed(installer, config);
      expect(refused.steps.map((step) => [step.name, step.state])).toEqual([
        ["secrets", "done"],
        ["mural-crds", "done"],
        ["mural", "failed"],
      ]);
      expect(refused.steps[2]?.error).toBe(
        `Nothing of mural was written: now that its kinds are served, the hub forbids Widget ${NAMESPACE}/${STAND_IN_WIDGET} (create). The steps before it stay installed; grant the access and run the install again.`,
      );
      const records = kubectl(hub, [
        "-n",
        NAMESPACE,
        "get",
        "secrets",
        "-l",
        "name=mural",
        "-o",
        "name",
      ]);
      expect(records.trim()).toBe("");

      kubectl(hub, ["apply", "-f", "-"], WIDGETS_RBAC);
      const allowed = await installed(installer, config);
      expect(allowed.steps.map((step) => [step.name, step.state])).toEqual([
        ["secrets", "done"],
        ["mural-crds", "done"],
        ["mural", "done"],
      ]);
      const widget = kubectl(hub, [
        "-n",
        NAMESPACE,
        "get",
        "widget",
        STAND_IN_WIDGET,
        "-o",
        "name",
      ]);
      expect(widget.trim()).toBe(`widget.stand-in.easel.test/${STAND_IN_WIDGET}`);
    },
    LONG,
  );
});
