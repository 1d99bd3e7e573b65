import { describe, expect, it } from "vitest";

import { buildHubPlan, FIELD_MANAGER, VALUES_SECRET, type HubObject } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { describeRef, refOf } from "@/lib/hub/object-ref";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { gkeModule } from "@/lib/targets/gke/module";
import {
  everySecretGkeConfig,
  SERVICE_ACCOUNT_KEY,
  SPOKE_KUBECONFIG,
} from "@/test/support/every-secret-config";
import { installFluxCrds } from "@/test/support/flux-crds";
import { connectAs, kubectl, kubectlGet } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";

import { applyOnHub } from "./apply-on-hub";
import { planOnHub } from "./plan-on-hub";
import { runPreflight } from "./preflight";
import { readHubValues } from "./read-hub-values";

const testHub = privateHubForFile();

function planFor(config: GkeConfig, withFlux = false): HubObject[] {
  return buildHubPlan({ config, valuesText: hubValuesText(gkeModule, config), withFlux });
}

/** Every secret value of the test configuration, raw and as a Secret's data holds it. */
function secretValues(config: GkeConfig): string[] {
  const raw = [
    SERVICE_ACCOUNT_KEY,
    SPOKE_KUBECONFIG,
    config.integrations.palette.apiKey,
    config.integrations.huggingFace.token,
    config.integrations.ngc.token,
    config.canvas.sessionSecret,
  ];
  return [...raw, ...raw.map((value) => Buffer.from(value).toString("base64"))];
}

function decodedData(object: { data?: Record<string, string> } | undefined) {
  return Object.fromEntries(
    Object.entries(object?.data ?? {}).map(([key, value]) => [
      key,
      Buffer.from(value, "base64").toString("utf8"),
    ]),
  );
}

const LONG = 120_000;

describe("Easel on a real hub", () => {
  const config = everySecretGkeConfig();

  it(
    "preflight: reachable, a 1.20 hub reported too old, the kubeconfig's user, no Flux, full access for the admin",
    async () => {
      const hub = testHub();
      const plan = planFor(config);
      const preflight = await runPreflight(connectAs(hub, "admin"), plan.map(refOf), []);
      expect(preflight.isReachable).toBe(true);
      expect(preflight.error).toBeUndefined();
      expect(preflight.version).toEqual({ gitVersion: "v1.20.2", isSupported: false });
      // 1.20 has no SelfSubjectReview, so the name is the kubeconfig's.
      expect(preflight.identity).toEqual({ username: "admin", groups: [], isFromKubeconfig: true });
      expect(preflight.flux).toEqual({ isSourceServed: false, isHelmServed: false });
      expect(preflight.access.map((check) => describeRef(check.ref))).toEqual(
        plan.map((object) => describeRef(refOf(object))),
      );
      for (const check of preflight.access) {
        expect(check.verbs).toEqual([
          { verb: "get", isAllowed: true },
          { verb: "create", isAllowed: true },
          { verb: "patch", isAllowed: true },
        ]);
      }
    },
    LONG,
  );

  it(
    "the restricted user: preflight denies every verb, apply is forbidden per object, and nothing is written",
    async () => {
      const hub = testHub();
      const plan = planFor(config);
      const restricted = connectAs(hub, "restricted");
      const preflight = await runPreflight(restricted, plan.map(refOf), []);
      expect(
        preflight.access.flatMap((check) => check.verbs.map((verb) => verb.isAllowed)),
      ).toEqual(plan.flatMap(() => [false, false, false]));
      const entries = await applyOnHub(restricted, plan);
      expect(entries).toHaveLength(plan.length);
      for (const entry of entries) {
        expect(entry.outcome).toBe("failed");
        expect(entry.error?.code).toBe("forbidden");
        expect(entry.error?.message).toMatch(/^Forbidden: the hub's user may not get /);
      }
      expect(entries[0]?.error?.message).toBe(
        "Forbidden: the hub's user may not get namespaces (Namespace mural-system).",
      );
      expect(kubectlGet(hub, "namespace", "mural-system")).toBeUndefined();
      expect(kubectlGet(hub, "namespace", "primary-dev")).toBeUndefined();
    },
    LONG,
  );

  it(
    "plan on a fresh hub: namespaces will be created, the objects inside them are shown as created, unchecked, and no diff holds a secret",
    async () => {
      const hub = testHub();
      const entries = await planOnHub(connectAs(hub, "admin"), planFor(config));
      expect(entries.map((entry) => [describeRef(entry.ref), entry.change])).toEqual(
        planFor(config).map((object) => [describeRef(refOf(object)), "create"]),
      );
      const [namespace, , secret] = entries;
      expect(namespace?.note).toBeUndefined();
      expect(secret?.note).toMatch(/namespace does not exist yet/);
      expect(secret?.diff).toEqual({
        kind: "secret-keys",
        keys: [{ key: "googleAuth.json", change: "added" }],
      });
      const shown = JSON.stringify(entries);
      for (const value of secretValues(config)) expect(shown).not.toContain(value);
      expect(kubectlGet(hub, "namespace", "mural-system")).toBeUndefined();
    },
    LONG,
  );

  it(
    "first apply creates everything, which kubectl reads back with Easel's field manager",
    async () => {
      const hub = testHub();
      const plan = planFor(config);
      const entries = await applyOnHub(connectAs(hub, "admin"), plan);
      expect(entries.map((entry) => [describeRef(entry.ref), entry.outcome])).toEqual(
        plan.map((object) => [describeRef(refOf(object)), "created"]),
      );
      for (const object of plan) {
        const { kind, metadata } = object;
        const live = kubectlGet(hub, kind, metadata.name, refOf(object).namespace);
        expect(live, `${kind} ${metadata.name}`).toBeDefined();
        // A Namespace Easel applies sets no field, so no manager owns one: only Secrets are checked.
        if (object.kind !== "Secret") continue;
        expect(live?.metadata.managedFields).toEqual([
          expect.objectContaining({ manager: FIELD_MANAGER, operation: "Apply" }),
        ]);
        expect(live?.data).toEqual(object.data);
      }
      const google = kubectlGet(hub, "secret", "mural-google-service-account", "mural-system");
      expect(decodedData(google)).toEqual({ "googleAuth.json": SERVICE_ACCOUNT_KEY });
    },
    LONG,
  );

  it(
    "a second apply reports every object unchanged, and so does the plan",
    async () => {
      const hub = testHub();
      const admin = connectAs(hub, "admin");
      const plan = planFor(config);
      const planned = await planOnHub(admin, plan);
      expect(new Set(planned.map((entry) => entry.change))).toEqual(new Set(["unchanged"]));
      const entries = await applyOnHub(admin, plan);
      expect(new Set(entries.map((entry) => entry.outcome))).toEqual(new Set(["unchanged"]));
    },
    LONG,
  );

  it(
    "changing one field changes exactly that object, and its diff names the key, not the value",
    async () => {
      const hub = testHub();
      const admin = connectAs(hub, "admin");
      config.integrations.palette.apiKey = "a-rotated-palette-key";
      const plan = planFor(config);
      const planned = await planOnHub(admin, plan);
      const changed = planned.filter((entry) => entry.change !== "unchanged");
      expect(changed).toEqual([
        {
          ref: { kind: "Secret", name: "palette-api-secret", namespace: "primary-dev" },
          change: "update",
          resourceVersion: kubectlGet(hub, "secret", "palette-api-secret", "primary-dev")?.metadata
            .resourceVersion,
          diff: { kind: "secret-keys", keys: [{ key: "palette", change: "changed" }] },
        },
      ]);
      expect(JSON.stringify(planned)).not.toContain("a-rotated-palette-key");
      const entries = await applyOnHub(admin, plan);
      expect(entries.filter((entry) => entry.outcome !== "unchanged")).toEqual([
        { ref: changed[0]?.ref, outcome: "configured" },
      ]);
      const live = kubectlGet(hub, "secret", "palette-api-secret", "primary-dev");
      expect(JSON.parse(decodedData(live).palette ?? "{}").apiKey).toBe("a-rotated-palette-key");
    },
    LONG,
  );

  it(
    "a key the configuration no longer has is removed from the Secret on the hub",
    async () => {
      const hub = testHub();
      const admin = connectAs(hub, "admin");
      const spoke = config.fleet.spokes.find((item) => item.name === "gpu-east");
      if (!spoke) throw new Error("the test configuration lost its spoke");
      spoke.kubeconfig.secretKey = "config";
      const plan = planFor(config);
      const planned = await planOnHub(admin, plan);
      const entry = planned.find((item) => item.ref.name === "spoke-kubeconfig-gpu-east");
      expect(entry?.diff).toEqual({
        kind: "secret-keys",
        keys: [
          { key: "config", change: "added" },
          { key: "kubeconfig", change: "removed" },
        ],
      });
      await applyOnHub(admin, plan);
      const live = kubectlGet(hub, "secret", "spoke-kubeconfig-gpu-east", "mural-system");
      expect(Object.keys(live?.data ?? {})).toEqual(["config"]);
    },
    LONG,
  );

  it(
    "load from cluster reads back the values Easel applied",
    async () => {
      const hub = testHub();
      const read = await readHubValues(connectAs(hub, "admin"));
      expect(read).toEqual({
        text: hubValuesText(gkeModule, config),
        configurationId: config.configurationId,
      });
      const restricted = await readHubValues(connectAs(hub, "restricted"));
      expect(restricted).toEqual({
        error: {
          code: "forbidden",
          message: `Forbidden: the hub's user may not get secrets in namespace mural-system (Secret mural-system/${VALUES_SECRET.name}).`,
        },
      });
    },
    LONG,
  );

  it(
    "with Flux's APIs served, the charts go to the hub as OCIRepository and HelmRelease objects, CRDs first",
    async () => {
      const hub = testHub();
      installFluxCrds(hub, "2.6");
      const admin = connectAs(hub, "admin");
      const plan = planFor(config, true);
      const preflight = await runPreflight(
        admin,
        planFor(config).map(refOf),
        plan.slice(-4).map(refOf),
      );
      expect(preflight.flux).toEqual({ isSourceServed: true, isHelmServed: true });
      expect(preflight.access.slice(-4).map((check) => describeRef(check.ref))).toEqual([
        "OCIRepository mural-system/mural-crds",
        "HelmRelease mural-system/mural-crds",
        "OCIRepository mural-system/mural",
        "HelmRelease mural-system/mural",
      ]);
      const planned = await planOnHub(admin, plan);
      expect(
        planned.filter((entry) => entry.change !== "unchanged").map((entry) => entry.change),
      ).toEqual(["create", "create", "create", "create"]);
      const entries = await applyOnHub(admin, plan);
      expect(entries.slice(-4).map((entry) => entry.outcome)).toEqual([
        "created",
        "created",
        "created",
        "created",
      ]);
      const release = kubectlGet(hub, "helmrelease", "mural", "mural-system");
      expect(release?.spec).toEqual({
        interval: "10m",
        releaseName: "mural",
        chartRef: { kind: "OCIRepository", name: "mural" },
        dependsOn: [{ name: "mural-crds" }],
        valuesFrom: [{ kind: "Secret", name: VALUES_SECRET.name, valuesKey: "values.yaml" }],
      });
      const repository = kubectlGet(hub, "ocirepository", "mural-crds", "mural-system");
      expect(repository?.spec).toMatchObject({
        url: "oci://public.ecr.aws/mural/mural-crds",
        ref: { tag: config.install.crdsVersion },
      });
      config.install.muralVersion = "1.0.1";
      const upgrade = await planOnHub(admin, planFor(config, true));
      const changed = upgrade.filter((entry) => entry.change !== "unchanged");
      expect(changed.map((entry) => describeRef(entry.ref))).toEqual([
        `Secret mural-system/${VALUES_SECRET.name}`,
        "OCIRepository mural-system/mural",
      ]);
      expect(changed[1]?.diff).toEqual({
        kind: "lines",
        lines: expect.arrayContaining([
          { op: "remove", text: "    tag: 1.0.0" },
          { op: "add", text: "    tag: 1.0.1" },
        ]),
      });
    },
    LONG,
  );

  it(
    "objects whose kind the hub does not serve fail alone, with a clear reason",
    async () => {
      const hub = testHub();
      kubectl(hub, ["delete", "crd", "helmreleases.helm.toolkit.fluxcd.io", "--wait=true"]);
      const entries = await applyOnHub(connectAs(hub, "admin"), planFor(config, true));
      const failed = entries.filter((entry) => entry.outcome === "failed");
      expect(failed.map((entry) => [describeRef(entry.ref), entry.error?.code])).toEqual([
        ["HelmRelease mural-system/mural-crds", "not-served"],
        ["HelmRelease mural-system/mural", "not-served"],
      ]);
      expect(failed[0]?.error?.message).toBe(
        "The hub does not serve helm.toolkit.fluxcd.io/v2 HelmRelease (its CRD is not installed).",
      );
      expect(entries).toHaveLength(planFor(config, true).length);
    },
    LONG,
  );
});
