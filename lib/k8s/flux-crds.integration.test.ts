import { describe, expect, it } from "vitest";

import { fluxText } from "@/lib/hub/flux-apis";
import { buildHubPlan, type HubObject, type OciRepositoryManifest } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { describeRef, refOf } from "@/lib/hub/object-ref";
import { gkeModule } from "@/lib/targets/gke/module";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { createFluxCrds, installFluxCrds, type FluxRelease } from "@/test/support/flux-crds";
import { connectAs, kubectl } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";

import { applyObject } from "./hub-calls";
import { planOnHub } from "./plan-on-hub";
import { isFluxServed, runPreflight } from "./preflight";

const testHub = privateHubForFile();
const LONG = 180_000;

const config = everySecretGkeConfig();
const plan = buildHubPlan({ config, valuesText: hubValuesText(gkeModule, config), withFlux: true });
const fluxObjects = plan.filter(
  (object) => object.kind === "OCIRepository" || object.kind === "HelmRelease",
);

/** Flux's objects go into mural-system: made first, so the hub really dry-runs them. */
function withReleaseNamespace(): void {
  kubectl(testHub(), ["create", "namespace", "mural-system"]);
}

const dryRun = { isDryRun: true, isForced: false, exists: false };

/** `repository` as Easel makes it for a plain-HTTP mirror. */
function mirrorRepository(repository: OciRepositoryManifest): OciRepositoryManifest {
  const mirror = structuredClone(config);
  mirror.install.chartRegistry = "oci://10.0.0.12:5000/mirror";
  mirror.install.chartPlainHttp = true;
  const [made] = buildHubPlan({ config: mirror, valuesText: "", withFlux: true }).filter(
    (object) =>
      object.kind === "OCIRepository" && object.metadata.name === repository.metadata.name,
  );
  return made as OciRepositoryManifest;
}

async function fluxOfPreflight() {
  const preflight = await runPreflight(connectAs(testHub(), "admin"), [], fluxObjects.map(refOf));
  expect(preflight.error).toBeUndefined();
  return preflight;
}

describe("Easel against Flux's own CRDs", () => {
  it(
    "Flux 2.5 (source-controller 1.5.0): source.toolkit.fluxcd.io/v1 is served for GitRepository only, and preflight says OCIRepository is not",
    async () => {
      const hub = testHub();
      withReleaseNamespace();
      installFluxCrds(hub, "2.5");
      // The group/version exists, which is what fooled a group/version check.
      expect(kubectl(hub, ["api-versions"]).split("\n")).toContain("source.toolkit.fluxcd.io/v1");
      const preflight = await fluxOfPreflight();
      expect(preflight.flux).toEqual({ isSourceServed: false, isHelmServed: false });
      expect(fluxText(preflight.flux)).toContain(
        "Not served: the hub lacks source.toolkit.fluxcd.io/v1 OCIRepository (source-controller 1.6 or later) and helm.toolkit.fluxcd.io/v2 HelmRelease (helm-controller); Easel's Flux objects need Flux 2.6 or later.",
      );
      // With Flux not served, the preflight checks no Flux object's access.
      expect(preflight.access).toEqual([]);
    },
    LONG,
  );

  it(
    "Flux 2.5's sources with a HelmRelease v2 served: only OCIRepository is missing, and its dry run would fail",
    async () => {
      const hub = testHub();
      // helm-controller serves HelmRelease v2 on Flux 2.5 as on 2.6; 2.6's CRD stands for it here.
      createFluxCrds(hub, ["helm-controller-v1.3.0-helmreleases.yaml"]);
      const preflight = await fluxOfPreflight();
      expect(preflight.flux).toEqual({ isSourceServed: false, isHelmServed: true });
      expect(fluxText(preflight.flux)).toContain(
        "Not served: the hub lacks source.toolkit.fluxcd.io/v1 OCIRepository (source-controller 1.6 or later); Easel's Flux objects need Flux 2.6 or later.",
      );
      expect(await isFluxServed(connectAs(hub, "admin"))).toBe(false);
      const planned = await planOnHub(connectAs(hub, "admin"), fluxObjects);
      expect(planned.map((entry) => [describeRef(entry.ref), entry.error?.code ?? "ok"])).toEqual([
        ["OCIRepository mural-system/mural-crds", "not-served"],
        ["HelmRelease mural-system/mural-crds", "ok"],
        ["OCIRepository mural-system/mural", "not-served"],
        ["HelmRelease mural-system/mural", "ok"],
      ]);
    },
    LONG,
  );

  for (const release of ["2.6", "latest"] satisfies FluxRelease[]) {
    it(
      `Flux ${release}: preflight finds both resources and the hub's dry run accepts every Flux object`,
      async () => {
        const hub = testHub();
        installFluxCrds(hub, release);
        const admin = connectAs(hub, "admin");
        const preflight = await fluxOfPreflight();
        expect(preflight.flux).toEqual({ isSourceServed: true, isHelmServed: true });
        expect(preflight.access.map((check) => describeRef(check.ref))).toEqual(
          fluxObjects.map((object) => describeRef(refOf(object))),
        );
        const planned = await planOnHub(admin, fluxObjects);
        expect(planned.map((entry) => [describeRef(entry.ref), entry.change, entry.note])).toEqual(
          fluxObjects.map((object) => [describeRef(refOf(object)), "create", undefined]),
        );
        // The schema is Flux's own: a field it does not allow is refused.
        const [repository] = fluxObjects as [OciRepositoryManifest, ...HubObject[]];
        const wrong = structuredClone(repository);
        (wrong.spec.layerSelector as { operation: string }).operation = "unpack";
        const refused = await applyObject(admin, wrong, dryRun);
        expect("error" in refused && refused.error.code).toBe("invalid");
        // A mirror without TLS: `insecure` is Flux's own field, kept where an unknown one is refused.
        const mirror = mirrorRepository(repository);
        const kept = await applyObject(admin, mirror, dryRun);
        expect("error" in kept ? kept.error : kept.result.spec).toMatchObject({
          url: "oci://10.0.0.12:5000/mirror/mural-crds",
          insecure: true,
        });
        const unknown = structuredClone(mirror);
        (unknown.spec as Record<string, unknown>).plainHttp = true;
        // The test hub's server-side apply answers 500 for a field the CRD's schema does not declare.
        const notFlux = await applyObject(admin, unknown, dryRun);
        expect("error" in notFlux && notFlux.error.message).toBe(
          "The hub answered 500 (OCIRepository mural-system/mural-crds).",
        );
      },
      LONG,
    );
  }
});
