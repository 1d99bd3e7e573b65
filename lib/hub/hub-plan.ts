import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import { buildInstallManifests } from "@/lib/manifests/install-secrets";
import {
  EASEL_LABELS,
  namespaceManifest,
  opaqueSecret,
  type Manifest,
  type SecretManifest,
} from "@/lib/manifests/kubernetes-object";
import type { InstallSection } from "@/lib/schemas/sections/install";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetModule } from "@/lib/targets/modules";

import { HUB_KINDS } from "./object-ref";

/** The one field manager of every object Easel applies. Never change it: ownership hangs on it. */
export const FIELD_MANAGER = "easel";

/**
 * Which configuration the values Secret came from: set on that Secret only, in Easel's own domain
 * (as its objects' `app.kubernetes.io/managed-by: easel` label names Easel), never in values.yaml.
 */
export const CONFIGURATION_ID_ANNOTATION = "easel.paletteai.io/configuration-id";

/**
 * helm-controller reconciles a release at once when a `valuesFrom` Secret carrying this label
 * changes; without it a new values.yaml lands only at the next interval.
 */
export const FLUX_WATCH_LABEL = { "reconcile.fluxcd.io/watch": "Enabled" } as const;

/** The Secret holding values.yaml on the hub: read back by "load from cluster", read by Flux. */
export const VALUES_SECRET = {
  name: "easel-mural-values",
  namespace: RELEASE_NAMESPACE,
  key: "values.yaml",
} as const;

/** How often Flux checks the chart and the release; Flux's own examples use ten minutes. */
const FLUX_INTERVAL = "10m";

/** Helm charts in an OCI registry are one layer of this type; Flux must be told to take it as is. */
const HELM_CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

type FluxMetadata = { name: string; namespace: string; labels: Record<string, string> };

export type OciRepositoryManifest = {
  apiVersion: (typeof HUB_KINDS)["OCIRepository"];
  kind: "OCIRepository";
  metadata: FluxMetadata;
  spec: {
    interval: string;
    url: string;
    ref: { tag: string };
    layerSelector: { mediaType: string; operation: "copy" };
    /** Set only for a mirror without TLS: source-controller then pulls over plain HTTP. */
    insecure?: true;
  };
};

export type HelmReleaseManifest = {
  apiVersion: (typeof HUB_KINDS)["HelmRelease"];
  kind: "HelmRelease";
  metadata: FluxMetadata;
  spec: {
    interval: string;
    releaseName: string;
    chartRef: { kind: "OCIRepository"; name: string };
    dependsOn?: { name: string }[];
    valuesFrom?: { kind: "Secret"; name: string; valuesKey: string }[];
  };
};

export type HubObject = Manifest | OciRepositoryManifest | HelmReleaseManifest;

/**
 * What the hub is given the values as: a Secret (values hold credentials) Flux can read and
 * watches, marked with the configuration it came from.
 */
export function valuesSecret(valuesText: string, configurationId: string): SecretManifest {
  const secret = opaqueSecret(VALUES_SECRET.name, VALUES_SECRET.namespace, {
    [VALUES_SECRET.key]: valuesText,
  });
  return {
    ...secret,
    metadata: {
      ...secret.metadata,
      labels: { ...secret.metadata.labels, ...FLUX_WATCH_LABEL },
      annotations: { [CONFIGURATION_ID_ANNOTATION]: configurationId },
    },
  };
}

function fluxMetadata(name: string): FluxMetadata {
  return { name, namespace: RELEASE_NAMESPACE, labels: { ...EASEL_LABELS } };
}

/** Where Flux pulls both charts from, and which versions: the Install section's settings. */
export type FluxChartSettings = Pick<
  InstallSection,
  "chartRegistry" | "chartPlainHttp" | "crdsVersion" | "muralVersion"
>;

function chartRepository(
  chart: string,
  version: string,
  settings: FluxChartSettings,
): OciRepositoryManifest {
  return {
    apiVersion: HUB_KINDS.OCIRepository,
    kind: "OCIRepository",
    metadata: fluxMetadata(chart),
    spec: {
      interval: FLUX_INTERVAL,
      url: `${settings.chartRegistry}/${chart}`,
      ref: { tag: version },
      layerSelector: { mediaType: HELM_CHART_LAYER, operation: "copy" },
      ...(settings.chartPlainHttp ? { insecure: true as const } : {}),
    },
  };
}

function helmRelease(
  chart: string,
  extra: Partial<HelmReleaseManifest["spec"]>,
): HelmReleaseManifest {
  return {
    apiVersion: HUB_KINDS.HelmRelease,
    kind: "HelmRelease",
    metadata: fluxMetadata(chart),
    spec: {
      interval: FLUX_INTERVAL,
      releaseName: chart,
      chartRef: { kind: "OCIRepository", name: chart },
      ...extra,
    },
  };
}

/**
 * The two charts as Flux installs them, in the docs' order: `mural-crds`, then `mural` (which
 * waits for it) with its values from the values Secret, both from the configured registry.
 * Release names and namespace are the docs' `helm install` ones.
 */
export function fluxObjects(settings: FluxChartSettings): HubObject[] {
  return [
    chartRepository("mural-crds", settings.crdsVersion, settings),
    helmRelease("mural-crds", {}),
    chartRepository("mural", settings.muralVersion, settings),
    helmRelease("mural", {
      dependsOn: [{ name: "mural-crds" }],
      valuesFrom: [{ kind: "Secret", name: VALUES_SECRET.name, valuesKey: VALUES_SECRET.key }],
    }),
  ];
}

export type HubPlanInput = {
  config: TargetConfig;
  /** values.yaml exactly as the admin would download it. */
  valuesText: string;
  /** Whether the hub serves Flux's OCIRepository and HelmRelease APIs. */
  withFlux: boolean;
};

/**
 * Every object Easel applies to a hub, in the order it applies them: Namespaces first, then the
 * install's Secrets, the values Secret, and (when Flux is served) the charts' Flux objects.
 */
export function buildHubPlan({ config, valuesText, withFlux }: HubPlanInput): HubObject[] {
  const install = buildInstallManifests(config);
  const namespaces = install.filter((object) => object.kind === "Namespace");
  const secrets = install.filter((object) => object.kind === "Secret");
  const hasReleaseNamespace = namespaces.some(
    (namespace) => namespace.metadata.name === RELEASE_NAMESPACE,
  );
  return [
    ...namespaces,
    ...(hasReleaseNamespace ? [] : [namespaceManifest(RELEASE_NAMESPACE)]),
    ...secrets,
    valuesSecret(valuesText, config.configurationId),
    ...(withFlux && targetModule(config.target).installsCharts ? fluxObjects(config.install) : []),
  ];
}
