import { describe, expect, it } from "vitest";

import { buildInstallManifests } from "@/lib/manifests/install-secrets";
import { applianceModule } from "@/lib/targets/appliance/module";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { validConfig } from "@/test/support/target-config";

import { finishCommands } from "./finish-commands";
import { buildHubPlan, CONFIGURATION_ID_ANNOTATION, VALUES_SECRET } from "./hub-plan";
import { hubValuesText } from "./hub-values";
import { describeRef, refOf } from "./object-ref";

const VALUES = "global:\n  domain: paletteai.example.org\n";

describe("buildHubPlan", () => {
  it("applies namespaces first, then secrets.yaml's Secrets as they are, then the values", () => {
    const config = everySecretGkeConfig();
    const plan = buildHubPlan({ config, valuesText: VALUES, withFlux: false });
    const install = buildInstallManifests(config);
    expect(plan.slice(0, install.length)).toEqual(install);
    expect(plan.slice(install.length)).toEqual([
      {
        apiVersion: "v1",
        kind: "Secret",
        metadata: {
          name: VALUES_SECRET.name,
          namespace: "mural-system",
          // Flux's watch label, so helm-controller reconciles as soon as the values change.
          labels: {
            "app.kubernetes.io/managed-by": "easel",
            "reconcile.fluxcd.io/watch": "Enabled",
          },
          annotations: { "easel.paletteai.io/configuration-id": config.configurationId },
        },
        type: "Opaque",
        data: { "values.yaml": Buffer.from(VALUES).toString("base64") },
      },
    ]);
  });

  it("marks the values Secret with the configuration's id, which values.yaml never holds", () => {
    const config = validConfig("appliance");
    const valuesText = hubValuesText(applianceModule, config);
    const secret = buildHubPlan({ config, valuesText, withFlux: false }).find(
      (object) => object.kind === "Secret" && object.metadata.name === VALUES_SECRET.name,
    );
    expect(secret?.metadata).toMatchObject({
      annotations: { [CONFIGURATION_ID_ANNOTATION]: config.configurationId },
    });
    expect(valuesText).not.toContain(config.configurationId);
  });

  it("creates the release namespace for the values when no Secret needs it", () => {
    const plan = buildHubPlan({ config: validConfig("eks"), valuesText: VALUES, withFlux: false });
    expect(plan.map((object) => describeRef(refOf(object)))).toEqual([
      "Namespace mural-system",
      `Secret mural-system/${VALUES_SECRET.name}`,
    ]);
  });

  it("hands both charts to Flux, the CRDs first and mural waiting for them, at the configured versions", () => {
    const config = validConfig("gke");
    config.install.muralVersion = "1.2.3";
    const flux = buildHubPlan({ config, valuesText: VALUES, withFlux: true }).slice(-4);
    expect(flux.map((object) => describeRef(refOf(object)))).toEqual([
      "OCIRepository mural-system/mural-crds",
      "HelmRelease mural-system/mural-crds",
      "OCIRepository mural-system/mural",
      "HelmRelease mural-system/mural",
    ]);
    expect(flux[2]).toMatchObject({
      apiVersion: "source.toolkit.fluxcd.io/v1",
      spec: { url: "oci://public.ecr.aws/mural/mural", ref: { tag: "1.2.3" } },
    });
    expect(flux[2]).not.toHaveProperty("spec.insecure");
    expect(flux[3]).toMatchObject({
      apiVersion: "helm.toolkit.fluxcd.io/v2",
      spec: {
        releaseName: "mural",
        chartRef: { kind: "OCIRepository", name: "mural" },
        dependsOn: [{ name: "mural-crds" }],
        valuesFrom: [{ kind: "Secret", name: VALUES_SECRET.name, valuesKey: "values.yaml" }],
      },
    });
  });

  it("points Flux at the configured mirror, over plain HTTP only when it has no TLS", () => {
    const config = validConfig("kubernetes");
    config.install.chartRegistry = "oci://10.0.0.12:5000/mirror";
    config.install.chartPlainHttp = true;
    const flux = buildHubPlan({ config, valuesText: VALUES, withFlux: true }).slice(-4);
    expect(flux.filter((object) => object.kind === "OCIRepository")).toMatchObject([
      { spec: { url: "oci://10.0.0.12:5000/mirror/mural-crds", insecure: true } },
      { spec: { url: "oci://10.0.0.12:5000/mirror/mural", insecure: true } },
    ]);
    config.install.chartPlainHttp = false;
    const withTls = buildHubPlan({ config, valuesText: VALUES, withFlux: true }).slice(-4);
    expect(withTls[0]).toMatchObject({ spec: { url: "oci://10.0.0.12:5000/mirror/mural-crds" } });
    expect(withTls[0]).not.toHaveProperty("spec.insecure");
  });

  it("never hands the appliance's charts to Flux: its installer installs them", () => {
    const plan = buildHubPlan({
      config: validConfig("appliance"),
      valuesText: VALUES,
      withFlux: true,
    });
    expect(plan.some((object) => object.kind === "HelmRelease")).toBe(false);
    expect(finishCommands(validConfig("appliance"))[1]).toMatch(/merge values.yaml into/);
  });
});

describe("finishCommands", () => {
  it("reads the values back from the hub and installs the charts in the docs' order", () => {
    expect(finishCommands(validConfig("gke"))).toEqual([
      `kubectl get secret ${VALUES_SECRET.name} --namespace mural-system -o jsonpath='{.data.values\\.yaml}' | base64 -d > values.yaml`,
      "helm upgrade --install mural-crds oci://public.ecr.aws/mural/mural-crds --version 0.6.0 --namespace mural-system --wait --timeout 10m",
      "helm upgrade --install mural oci://public.ecr.aws/mural/mural --version 1.0.0 --namespace mural-system --values values.yaml --wait --timeout 10m",
    ]);
  });

  it("pulls from the configured mirror, over plain HTTP when set, waiting as configured", () => {
    const config = validConfig("eks");
    config.install.chartRegistry = "oci://registry.example.org:5000/mural";
    config.install.chartPlainHttp = true;
    config.install.helmTimeoutMinutes = 25;
    expect(finishCommands(config).slice(1)).toEqual([
      "helm upgrade --install mural-crds oci://registry.example.org:5000/mural/mural-crds --version 0.6.0 --plain-http --namespace mural-system --wait --timeout 25m",
      "helm upgrade --install mural oci://registry.example.org:5000/mural/mural --version 1.0.0 --plain-http --namespace mural-system --values values.yaml --wait --timeout 25m",
    ]);
  });
});
