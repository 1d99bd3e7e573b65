import { readFileSync } from "node:fs";

import type { TestHub } from "@/scripts/test-hub/test-hub";

import { kubectl } from "./hub";

/** Flux's own CRDs, as its controllers publish them at each tag (shared data, not the project's). */
const FLUX_CRDS_DIR = new URL("../../../shared/data/flux-crds/", import.meta.url);

/** The CRD files of a Flux release: what Easel must refuse (2.5) or work with (2.6, latest). */
export const FLUX_CRD_SETS = {
  "2.5": [
    "source-controller-v1.5.0-ocirepositories.yaml",
    "source-controller-v1.5.0-gitrepositories.yaml",
  ],
  "2.6": [
    "source-controller-v1.6.0-ocirepositories.yaml",
    "helm-controller-v1.3.0-helmreleases.yaml",
  ],
  latest: [
    "source-controller-v1.9.1-ocirepositories.yaml",
    "helm-controller-v1.5.5-helmreleases.yaml",
  ],
} as const;

export type FluxRelease = keyof typeof FLUX_CRD_SETS;

/** One of Flux's CRD files, as published. */
export function fluxCrdText(file: string): string {
  return readFileSync(new URL(file, FLUX_CRDS_DIR), "utf8");
}

/**
 * Creates Flux CRDs on the hub and waits until they are served. Created, not applied: the
 * HelmRelease CRDs carry CEL rules (`x-kubernetes-validations`, Kubernetes 1.25+) that neither a
 * 1.20 server's server-side apply nor kubectl's client-side schema check knows, while a plain
 * create without the client-side check is accepted (the 1.20 server ignores the rules).
 */
export function createFluxCrds(hub: TestHub, files: readonly string[]): void {
  const created = files.map((file) =>
    kubectl(hub, ["create", "--validate=false", "-o", "name", "-f", "-"], fluxCrdText(file)).trim(),
  );
  kubectl(hub, ["wait", "--for=condition=established", "--timeout=60s", ...created]);
}

/**
 * Puts a Flux release's real CRDs on the hub in place of any Flux CRDs it has (a CRD cannot be
 * changed to another release's in place: 1.9.1 drops the `v1beta2` that 1.5.0 stored).
 */
export function installFluxCrds(hub: TestHub, release: FluxRelease): void {
  removeFluxCrds(hub);
  createFluxCrds(hub, FLUX_CRD_SETS[release]);
}

/** Every CRD a set above installs: the published bases carry no label to select them by. */
const FLUX_CRD_NAMES = [
  "ocirepositories.source.toolkit.fluxcd.io",
  "gitrepositories.source.toolkit.fluxcd.io",
  "helmreleases.helm.toolkit.fluxcd.io",
];

/** Removes every Flux CRD (and so every Flux object) from the hub, before another release's. */
export function removeFluxCrds(hub: TestHub): void {
  kubectl(hub, ["delete", "crd", ...FLUX_CRD_NAMES, "--ignore-not-found", "--wait=true"]);
}
