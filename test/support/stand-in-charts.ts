// Stand-in charts for the Helm tests (never a copy of PaletteAI's charts): written here, packaged
// and pushed with real Helm to the test registry. Their templates read the values Easel writes, hold
// only objects the test hub can make ready (it runs no kubelet), and one version fails on purpose.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { helmBinary, type HelmMajor } from "../../scripts/helm/helm-binaries";
import type { RegistryCredentials } from "../../scripts/test-registry/test-registry";
import { helmHomesEnv } from "./helm-homes";

/** The OCI repository path the charts are pushed under: `oci://<host>/mural/<chart>`. */
export const STAND_IN_REPOSITORY = "mural";

export const STAND_IN_CRDS_CHART = "mural-crds";
export const STAND_IN_CRDS_VERSION = "0.6.0";
/** The one CRD `mural-crds` holds. */
export const STAND_IN_CRD_NAME = "widgets.stand-in.easel.test";

export const STAND_IN_CHART = "mural";
/** A ConfigMap, a Secret and a Service. */
export const STAND_IN_VERSION = "1.0.0";
/** Installs or upgrades to this fail at the API server after Helm wrote the release record. */
export const STAND_IN_BROKEN_VERSION = "1.0.1";
/** 1.0.0 plus one more ConfigMap, for upgrades. */
export const STAND_IN_UPGRADE_VERSION = "1.1.0";
/** 1.0.0 plus a Widget: a kind only `mural-crds` adds, as PaletteAI's own resources are. */
export const STAND_IN_WIDGET_VERSION = "1.2.0";

/** The objects `mural` makes in its release namespace. */
export const STAND_IN_SETTINGS_CONFIGMAP = "mural-settings";
export const STAND_IN_OIDC_SECRET = "mural-canvas-oidc";
export const STAND_IN_SERVICE = "mural-canvas";
/** Only in 1.1.0. */
export const STAND_IN_FEATURES_CONFIGMAP = "mural-features";
/** Only in the broken version: a NodePort Service with a port no API server accepts. */
export const STAND_IN_BROKEN_SERVICE = "mural-broken";
/** Only in the widget version: a Widget in the release namespace. */
export const STAND_IN_WIDGET = "mural-widget";

type ChartFiles = Record<string, string>;

function chartYaml(name: string, version: string, description: string): string {
  return [
    "apiVersion: v2",
    `name: ${name}`,
    `description: ${description}`,
    "type: application",
    `version: ${version}`,
    `appVersion: "${version}"`,
    "",
  ].join("\n");
}

const CRD_TEMPLATE = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${STAND_IN_CRD_NAME}
spec:
  group: stand-in.easel.test
  scope: Namespaced
  names:
    plural: widgets
    singular: widget
    kind: Widget
    listKind: WidgetList
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-preserve-unknown-fields: true
`;

// The defaults only keep the templates rendering when a value is absent; Easel writes each one
// (global.dns.domain, dex.config.issuer, canvas.oidc.sessionSecret: lib/values-builders/).
const MURAL_VALUES = `global:
  dns:
    domain: ""
dex:
  config:
    issuer: ""
canvas:
  oidc:
    sessionSecret: ""
`;

/** The head of each object `mural` makes: all are core (v1) objects in the release's namespace. */
function releaseObject(kind: string, name: string): string {
  return `apiVersion: v1
kind: ${kind}
metadata:
  name: ${name}
  namespace: {{ .Release.Namespace }}
`;
}

/** A Service for the canvas pods' HTTP port; `nodePort` pins the node port of a NodePort one. */
function serviceTemplate(name: string, type: "ClusterIP" | "NodePort", nodePort?: number): string {
  return `${releaseObject("Service", name)}spec:
  type: ${type}
  selector:
    app.kubernetes.io/name: canvas
  ports:
    - name: http
      port: 80
      targetPort: 8080
      protocol: TCP
${nodePort === undefined ? "" : `      nodePort: ${nodePort}\n`}`;
}

const SETTINGS_TEMPLATE = `${releaseObject("ConfigMap", STAND_IN_SETTINGS_CONFIGMAP)}data:
  domain: {{ .Values.global.dns.domain | quote }}
  dexIssuer: {{ .Values.dex.config.issuer | quote }}
`;

const OIDC_SECRET_TEMPLATE = `${releaseObject("Secret", STAND_IN_OIDC_SECRET)}type: Opaque
data:
  sessionSecret: {{ .Values.canvas.oidc.sessionSecret | b64enc | quote }}
`;

const SERVICE_TEMPLATE = serviceTemplate(STAND_IN_SERVICE, "ClusterIP");

const FEATURES_TEMPLATE = `${releaseObject("ConfigMap", STAND_IN_FEATURES_CONFIGMAP)}data:
  chartVersion: {{ .Chart.Version | quote }}
`;

// 1 is outside every API server's NodePort range (30000-32767 by default): 422 Invalid, after the
// ConfigMap, Secret and the release record were written, so a rollback has something to undo.
const BROKEN_SERVICE_TEMPLATE = serviceTemplate(STAND_IN_BROKEN_SERVICE, "NodePort", 1);

const WIDGET_TEMPLATE = `apiVersion: stand-in.easel.test/v1
kind: Widget
metadata:
  name: ${STAND_IN_WIDGET}
  namespace: {{ .Release.Namespace }}
spec:
  domain: {{ .Values.global.dns.domain | quote }}
`;

function muralChart(version: string, extra: ChartFiles): ChartFiles {
  return {
    "Chart.yaml": chartYaml(STAND_IN_CHART, version, "A stand-in for PaletteAI in Easel's tests"),
    "values.yaml": MURAL_VALUES,
    "templates/settings-configmap.yaml": SETTINGS_TEMPLATE,
    "templates/oidc-secret.yaml": OIDC_SECRET_TEMPLATE,
    "templates/service.yaml": SERVICE_TEMPLATE,
    ...extra,
  };
}

/** Every stand-in chart version, as the files of its chart folder. */
export const STAND_IN_CHARTS: readonly { name: string; version: string; files: ChartFiles }[] = [
  {
    name: STAND_IN_CRDS_CHART,
    version: STAND_IN_CRDS_VERSION,
    files: {
      "Chart.yaml": chartYaml(
        STAND_IN_CRDS_CHART,
        STAND_IN_CRDS_VERSION,
        "A stand-in for PaletteAI's CRDs in Easel's tests",
      ),
      // In templates/, not crds/, so the release owns the CRD and upgrades change it.
      "templates/widgets-crd.yaml": CRD_TEMPLATE,
    },
  },
  { name: STAND_IN_CHART, version: STAND_IN_VERSION, files: muralChart(STAND_IN_VERSION, {}) },
  {
    name: STAND_IN_CHART,
    version: STAND_IN_BROKEN_VERSION,
    files: muralChart(STAND_IN_BROKEN_VERSION, {
      "templates/broken-service.yaml": BROKEN_SERVICE_TEMPLATE,
    }),
  },
  {
    name: STAND_IN_CHART,
    version: STAND_IN_UPGRADE_VERSION,
    files: muralChart(STAND_IN_UPGRADE_VERSION, {
      "templates/features-configmap.yaml": FEATURES_TEMPLATE,
    }),
  },
  {
    name: STAND_IN_CHART,
    version: STAND_IN_WIDGET_VERSION,
    files: muralChart(STAND_IN_WIDGET_VERSION, { "templates/widget.yaml": WIDGET_TEMPLATE }),
  },
];

/** `oci://127.0.0.1:<port>/mural` for a registry at `registryUrl` (`http://127.0.0.1:<port>`). */
export function standInRepository(registryUrl: string): string {
  return `oci://${new URL(registryUrl).host}/${STAND_IN_REPOSITORY}`;
}

/** Where a test finds the stand-in charts: what the global setups hand to tests. */
export type ChartRegistry = {
  /** `http://127.0.0.1:<port>`: plain HTTP. */
  url: string;
  /** `127.0.0.1:<port>`, the key of a Helm registry config's `auths`. */
  host: string;
  /** `oci://127.0.0.1:<port>/mural`, the repository the stand-in charts are in. */
  repository: string;
};

export function chartRegistryAt(registryUrl: string): ChartRegistry {
  const host = new URL(registryUrl).host;
  return { url: registryUrl, host, repository: standInRepository(registryUrl) };
}

/** `oci://127.0.0.1:<port>/mural/<chart>`, what `helm install` and `helm show` take. */
export function standInChartReference(registryUrl: string, chart: string): string {
  return `${standInRepository(registryUrl)}/${chart}`;
}

/** A Helm registry config granting `credentials` at `host`, as `docker login` would write it. */
export function registryConfigJson(host: string, credentials: RegistryCredentials): string {
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
  return `${JSON.stringify({ auths: { [host]: { auth } } })}\n`;
}

export type PublishOptions = {
  /** The Helm that packages and pushes (3 unless told). */
  major?: HelmMajor;
  /** For a registry that requires them: given to Helm in a 0600 registry config file. */
  credentials?: RegistryCredentials;
};

/**
 * Writes every stand-in chart, packages it and pushes it to `registryUrl` over plain HTTP. Helm
 * runs with homes of its own, so nothing reads or writes the user's Helm settings.
 */
export function publishStandInCharts(registryUrl: string, options: PublishOptions = {}): void {
  const helm = helmBinary(options.major ?? 3);
  const work = mkdtempSync(path.join(tmpdir(), "easel-stand-in-charts-"));
  const registryConfig = path.join(work, "registry-config.json");
  const host = new URL(registryUrl).host;
  writeFileSync(
    registryConfig,
    options.credentials ? registryConfigJson(host, options.credentials) : "{}\n",
    { mode: 0o600 },
  );
  const env = helmHomesEnv(work);
  const run = (args: string[]) =>
    execFileSync(helm, [...args, "--registry-config", registryConfig], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  try {
    for (const chart of STAND_IN_CHARTS) {
      const source = path.join(work, "charts", `${chart.name}-${chart.version}`, chart.name);
      for (const [file, text] of Object.entries(chart.files)) {
        mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
        writeFileSync(path.join(source, file), text);
      }
      const packages = path.join(work, "packages");
      run(["package", source, "--destination", packages]);
      const tgz = path.join(packages, `${chart.name}-${chart.version}.tgz`);
      run(["push", tgz, standInRepository(registryUrl), "--plain-http"]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
