import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { HelmInstallPreview, HubHelmAnswer } from "@/lib/hub/helm-install";
import type { HelmOperation } from "@/lib/hub/helm-release";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import { isRenderedNoChange } from "@/lib/hub/release-diff";
import { clusterName } from "@/lib/hub/results";
import { runHelmInstall } from "@/lib/k8s/helm-install-run";
import { helmPreviewReport } from "@/lib/k8s/helm-preview-report";
import { hubIdOf } from "@/lib/k8s/hub-id";
import { loadHubValues } from "@/lib/k8s/load-hub-values";
import { objectsToApply } from "@/lib/k8s/objects-to-apply";
import { isFluxServed } from "@/lib/k8s/preflight";
import { prepareInstall, startHelmInstall } from "@/lib/k8s/start-helm-install";
import { startHelmRollback } from "@/lib/k8s/start-helm-rollback";
import { secretValues } from "@/lib/schemas/secret-paths";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { beginHelmOperation } from "@/lib/server/helm-operations";
import { HUB_OPERATION_BUSY } from "@/lib/server/hub-operation-lock";
import { serverSettings } from "@/lib/server/settings";
import { HELM_MAJORS } from "@/scripts/helm/helm-binaries";
import { restartApiServer, stopApiServer, type HubUser } from "@/scripts/test-hub/test-hub";
import { chartRegistry } from "@/test/support/chart-registry";
import { createFluxCrds, FLUX_CRD_SETS } from "@/test/support/flux-crds";
import { validGkeConfig } from "@/test/support/gke-config";
import { recordingHelm } from "@/test/support/helm-recorder";
import { connectAs, kubectlGet } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { outcomeOf } from "@/test/support/hub-outcome";
import {
  STAND_IN_BROKEN_VERSION,
  STAND_IN_CRD_NAME,
  STAND_IN_CRDS_VERSION,
  STAND_IN_OIDC_SECRET,
  STAND_IN_SERVICE,
  STAND_IN_SETTINGS_CONFIGMAP,
  STAND_IN_VERSION,
} from "@/test/support/stand-in-charts";

import { hubHelmRoute } from "./hub-helm-route";

const LONG = 240_000;
const NAMESPACE = "mural-system";
const FIRST_DOMAIN = "palette.example.test";
const SECOND_DOMAIN = "ai.example.test";

describe.each(HELM_MAJORS)("Helm %i installs, upgrades and rolls back through Easel", (major) => {
  const testHub = privateHubForFile();
  const recorder = recordingHelm(major);
  const configs: GkeConfig[] = [];
  /** The configuration of the first install, which later tests change. */
  let installed: GkeConfig | undefined;
  const firstInstalled = () => structuredClone(installed as GkeConfig);
  const saved = { ...process.env };

  beforeEach(() => {
    process.env.EASEL_CLUSTER_FEATURES = "on";
    process.env.EASEL_LISTEN_HOST = "127.0.0.1";
    process.env.EASEL_HELM = recorder.path;
    process.env.EASEL_HUB_KUBECONFIG = testHub().kubeconfigs.admin;
    delete process.env.EASEL_ACCESS_TOKEN;
    delete process.env.EASEL_ALLOWED_NAMESPACES;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  const connection = (user: HubUser = "admin") => connectAs(testHub(), user);
  const settings = () => serverSettings(process.env);

  /** The GKE configuration at `domain`, its charts the run's stand-ins over plain HTTP. */
  function configAt(domain: string, muralVersion = STAND_IN_VERSION): GkeConfig {
    const config = validGkeConfig({ domain });
    config.install = {
      ...config.install,
      chartRegistry: chartRegistry().repository,
      chartPlainHttp: true,
      crdsVersion: STAND_IN_CRDS_VERSION,
      muralVersion,
      helmTimeoutMinutes: 2,
    };
    configs.push(config);
    return config;
  }

  /** Every secret of the configurations used so far, raw and base64, and the hub's tokens. */
  function secrets(): string[] {
    const raw = configs.flatMap((config) => secretValues(config));
    return [
      ...raw,
      ...raw.map((value) => Buffer.from(value).toString("base64")),
      ...Object.values(testHub().tokens),
    ];
  }

  function expectNoSecretIn(text: string): void {
    for (const secret of secrets()) expect(text).not.toContain(secret);
  }

  /** The Helm route's answer, as the page polls it. */
  async function helmAnswer(): Promise<HubHelmAnswer> {
    const request = new NextRequest("http://127.0.0.1:3000/api/hub/helm", {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        origin: "http://127.0.0.1:3000",
        "content-type": "application/json",
      },
      body: "{}",
    });
    const response = await hubHelmRoute(request);
    expect(response.status).toBe(200);
    const text = await response.text();
    expectNoSecretIn(text);
    return JSON.parse(text) as HubHelmAnswer;
  }

  /** Polls the route until operation `id` ends, as the page does. */
  async function finished(id: string): Promise<HelmOperation> {
    for (;;) {
      const { operation } = await helmAnswer();
      expect(operation?.id).toBe(id);
      if (operation && operation.state !== "running") return operation;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function previewOf(config: GkeConfig): Promise<HelmInstallPreview> {
    const preview = await helmPreviewReport(connection(), settings(), { config });
    expectNoSecretIn(JSON.stringify(preview));
    return preview;
  }

  /** Previews `config`, then installs it against that preview, as the panel does. */
  async function install(config: GkeConfig): Promise<HelmOperation> {
    const preview = await previewOf(config);
    const hub = connection();
    const { operationId } = await startHelmInstall(hub, settings(), {
      config,
      planned: plannedObjectsOf(preview.plan.entries),
      confirmReplacingSecretsOn: clusterName(hub),
    });
    return finished(operationId);
  }

  function settingsOnHub(): Record<string, string> | undefined {
    return kubectlGet(testHub(), "configmap", STAND_IN_SETTINGS_CONFIGMAP, NAMESPACE)?.data;
  }

  it(
    "refuses the restricted user per release before any Helm call, writing nothing",
    async () => {
      process.env.EASEL_HUB_KUBECONFIG = testHub().kubeconfigs.restricted;
      const refused = await outcomeOf(
        startHelmInstall(connection("restricted"), settings(), {
          config: configAt(FIRST_DOMAIN),
          planned: [],
        }),
      );
      expect(refused.ok).toBe(false);
      const sentence = refused.ok ? "" : refused.formError;
      expect(sentence).toMatch(/^Nothing was written: the hub's user on .+ may not do/);
      expect(sentence).toContain(`Easel's own objects are refused: Namespace ${NAMESPACE}`);
      expect(sentence).toContain(
        `Release mural-crds is refused: the hub forbids Secret ${NAMESPACE}/sh.helm.release.v1.mural-crds (get, list, create, update).`,
      );
      expect(sentence).toContain("Release mural is refused");
      expect(kubectlGet(testHub(), "namespace", NAMESPACE)).toBeUndefined();
      expect(recorder.calls()).toEqual([]);
    },
    LONG,
  );

  it(
    "first install: Easel's Secrets, then both releases at revision 1, one operation at a time",
    async () => {
      const config = configAt(FIRST_DOMAIN);
      installed = config;
      const preview = await previewOf(config);
      expect(preview.kind).toBe("install");
      expect(preview.plan.entries.map((entry) => entry.ref.kind)).not.toContain("HelmRelease");
      expect(preview.releases.map((release) => [release.name, release.current])).toEqual([
        ["mural-crds", undefined],
        ["mural", undefined],
      ]);
      expect(preview.releases[0]?.changes).toEqual([
        { ref: expect.objectContaining({ name: STAND_IN_CRD_NAME }), change: "create" },
      ]);
      expect(
        preview.releases[1]?.changes.map((change) => [change.ref.name, change.change]),
      ).toEqual(
        expect.arrayContaining([
          [STAND_IN_SETTINGS_CONFIGMAP, "create"],
          [STAND_IN_OIDC_SECRET, "create"],
          [STAND_IN_SERVICE, "create"],
        ]),
      );
      expect(preview.access.map((access) => access.refused)).toEqual([[], []]);
      expect(recorder.calls().flat()).not.toContain("upgrade");

      const hub = connection();
      const input = {
        config,
        planned: plannedObjectsOf(preview.plan.entries),
        confirmReplacingSecretsOn: clusterName(hub),
      };
      const [started, second] = await Promise.all([
        startHelmInstall(hub, settings(), input),
        outcomeOf(startHelmInstall(hub, settings(), input)),
      ]);
      expect(second).toEqual({ ok: false, formError: HUB_OPERATION_BUSY });
      const operation = await finished(started.operationId);
      expect(operation).toMatchObject({ kind: "install", state: "succeeded" });
      expect(operation.steps).toEqual([
        { name: "secrets", state: "done" },
        {
          name: "mural-crds",
          state: "done",
          outcome: { revision: 1, status: "deployed", notes: "" },
        },
        {
          name: "mural",
          state: "done",
          outcome: expect.objectContaining({ revision: 1, status: "deployed" }),
        },
      ]);
      expect(kubectlGet(testHub(), "crd", STAND_IN_CRD_NAME)).toBeDefined();
      expect(settingsOnHub()).toEqual({
        domain: FIRST_DOMAIN,
        dexIssuer: `https://${FIRST_DOMAIN}/dex`,
      });
      const answer = await helmAnswer();
      expect(answer.helm).toMatchObject({ isAvailable: true, major });
      expect(
        answer.releases.map((release) => [release.name, release.revision, release.status]),
      ).toEqual([
        ["mural-crds", 1, "deployed"],
        ["mural", 1, "deployed"],
      ]);
      expect(answer.history.mural?.map((revision) => revision.revision)).toEqual([1]);
    },
    LONG,
  );

  it(
    "a second install without changes renders nothing changed and writes no revision",
    async () => {
      // The first install's configuration, its generated secrets too.
      const config = firstInstalled();
      const preview = await previewOf(config);
      expect(preview.kind).toBe("upgrade");
      expect(isRenderedNoChange(preview.releases)).toBe(true);
      const operation = await install(config);
      expect(operation.state).toBe("succeeded");
      expect(operation.steps.slice(1)).toEqual([
        expect.objectContaining({
          name: "mural-crds",
          isUnchanged: true,
          outcome: expect.objectContaining({ revision: 1 }),
        }),
        expect.objectContaining({
          name: "mural",
          isUnchanged: true,
          outcome: expect.objectContaining({ revision: 1 }),
        }),
      ]);
      expect((await helmAnswer()).history.mural).toHaveLength(1);
    },
    LONG,
  );

  it(
    "a changed domain previews exactly the changed ConfigMap, then upgrades mural to revision 2",
    async () => {
      const config = firstInstalled();
      config.global.domain = SECOND_DOMAIN;
      configs.push(config);
      const preview = await previewOf(config);
      const changed = preview.releases.flatMap((release) =>
        release.changes
          .filter((change) => change.change !== "unchanged")
          .map((change) => [release.name, change.ref.kind, change.ref.name, change.change]),
      );
      expect(changed).toEqual([["mural", "ConfigMap", STAND_IN_SETTINGS_CONFIGMAP, "change"]]);
      const operation = await install(config);
      expect(operation.state).toBe("succeeded");
      expect(operation.steps[1]).toMatchObject({ isUnchanged: true, outcome: { revision: 1 } });
      expect(operation.steps[2]?.outcome).toMatchObject({ revision: 2, status: "deployed" });
      expect(settingsOnHub()?.domain).toBe(SECOND_DOMAIN);
      // The values Secret holds what the release was given: loading keeps its comments.
      const loaded = await loadHubValues(connection(), settings());
      expect(loaded).toMatchObject({
        source: "values-secret",
        configurationId: config.configurationId,
      });
    },
    LONG,
  );

  it(
    "the broken chart fails, Helm rolls mural back, and the operation says so",
    async () => {
      const config = structuredClone(configs.at(-1) as GkeConfig);
      config.install.muralVersion = STAND_IN_BROKEN_VERSION;
      configs.push(config);
      const operation = await install(config);
      expect(operation.state).toBe("failed");
      const failed = operation.steps[2];
      expect(failed).toMatchObject({ name: "mural", state: "failed", isRolledBack: true });
      expect(failed?.error).toMatch(/mural/);
      expect(failed?.error).toMatch(/rolled mural back/);
      expect(settingsOnHub()?.domain).toBe(SECOND_DOMAIN);
      const mural = (await helmAnswer()).releases.find((release) => release.name === "mural");
      expect(mural).toMatchObject({ status: "deployed", chart: `mural-${STAND_IN_VERSION}` });
    },
    LONG,
  );

  it(
    "rolls mural back to revision 1; load from cluster then reads the release's own values",
    async () => {
      const { operationId } = await startHelmRollback(connection(), settings(), {
        release: "mural",
        revision: 1,
      });
      const operation = await finished(operationId);
      expect(operation).toMatchObject({ kind: "rollback", state: "succeeded" });
      expect(operation.steps).toEqual([expect.objectContaining({ name: "mural", state: "done" })]);
      expect(settingsOnHub()?.domain).toBe(FIRST_DOMAIN);
      const loaded = await loadHubValues(connection(), settings());
      expect(loaded).toMatchObject({ source: "helm-release" });
      expect("text" in loaded ? loaded.text : "").toContain(FIRST_DOMAIN);
      const refused = await outcomeOf(
        startHelmRollback(connection(), settings(), { release: "mural", revision: 99 }),
      );
      expect(refused).toEqual({
        ok: false,
        formError: "Nothing was rolled back: mural has no revision 99 on the hub.",
      });
    },
    LONG,
  );

  it(
    "with the mural release on the hub, a plan never holds Flux's objects",
    async () => {
      createFluxCrds(testHub(), FLUX_CRD_SETS.latest);
      expect(await isFluxServed(connection())).toBe(true);
      const built = await objectsToApply(connection(), { config: configAt(FIRST_DOMAIN) });
      // The Namespace and the values Secret: Helm's release owns the charts, never Flux.
      expect("plan" in built && built.plan.map((object) => object.kind)).toEqual([
        "Namespace",
        "Secret",
      ]);
    },
    LONG,
  );

  it(
    "a hub stopped mid-install gives 'unreachable', and a run after its restart converges",
    async () => {
      const hub = testHub();
      const config = firstInstalled();
      const preview = await previewOf(config);
      const admin = connection();
      const { prepared } = await prepareInstall(admin, settings(), {
        config,
        planned: plannedObjectsOf(preview.plan.entries),
        confirmReplacingSecretsOn: clusterName(admin),
      });
      prepared.apply.onApplied = async (entry) => {
        if (entry.ref.kind === "Namespace") await stopApiServer(hub.dir);
      };
      const operation = beginHelmOperation(hubIdOf(admin), "upgrade", [
        "secrets",
        "mural-crds",
        "mural",
      ]);
      await runHelmInstall(prepared, operation);
      expect(operation.state).toBe("failed");
      expect(operation.steps[0]).toMatchObject({ name: "secrets", state: "failed" });
      expect(operation.steps[0]?.error).toMatch(/^The hub is unreachable: /);
      expect(operation.steps.slice(1).map((step) => step.state)).toEqual(["skipped", "skipped"]);

      await restartApiServer(hub.dir);
      const rerun = await install(config);
      expect(rerun.state).toBe("succeeded");
      expect(settingsOnHub()?.domain).toBe(FIRST_DOMAIN);
    },
    LONG,
  );

  it("never gave Helm a secret in its arguments", () => {
    const calls = recorder.calls();
    expect(calls.length).toBeGreaterThan(10);
    expectNoSecretIn(JSON.stringify(calls));
    for (const call of calls) expect(call).not.toContain("--set");
  });
});
