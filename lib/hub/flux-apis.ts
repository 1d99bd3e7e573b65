import { HUB_KINDS, HUB_RESOURCES } from "./object-ref";

/** The Flux kinds Easel hands the charts to. */
export const FLUX_KINDS = ["OCIRepository", "HelmRelease"] as const;
export type FluxKind = (typeof FLUX_KINDS)[number];

/** Which of Flux's two resources the hub serves, at the versions Easel applies them with. */
export type FluxSupport = { isSourceServed: boolean; isHelmServed: boolean };

/**
 * Which Flux resources the hub serves, from the resource names each group/version lists
 * (`listed`: group/version to resource names, absent when the hub does not serve it). The
 * resource itself must be listed: source-controller 1.4 and 1.5 (Flux 2.4, 2.5) serve
 * `source.toolkit.fluxcd.io/v1` for GitRepository while OCIRepository is still only `v1beta2`.
 */
export function fluxSupport(listed: ReadonlyMap<string, readonly string[]>): FluxSupport {
  const serves = (kind: FluxKind) =>
    listed.get(HUB_KINDS[kind])?.includes(HUB_RESOURCES[kind]) === true;
  return { isSourceServed: serves("OCIRepository"), isHelmServed: serves("HelmRelease") };
}

/** Whether Easel can hand the charts to Flux: both resources are served. */
export function isFluxReady(flux: FluxSupport): boolean {
  return flux.isSourceServed && flux.isHelmServed;
}

/** The Flux release Easel's objects need: the first to serve OCIRepository `v1`. */
const FLUX_NEEDED = "Flux 2.6 or later";

/** What each missing resource needs: OCIRepository `v1` came with source-controller 1.6. */
const NEEDS: Record<FluxKind, string> = {
  OCIRepository: `${HUB_KINDS.OCIRepository} OCIRepository (source-controller 1.6 or later)`,
  HelmRelease: `${HUB_KINDS.HelmRelease} HelmRelease (helm-controller)`,
};

/** The Flux resources the hub lacks, named with the controller that serves them. */
export function missingFlux(flux: FluxSupport): string[] {
  return [
    ...(flux.isSourceServed ? [] : [NEEDS.OCIRepository]),
    ...(flux.isHelmServed ? [] : [NEEDS.HelmRelease]),
  ];
}

/** What the preflight says of Flux: served, or what is missing and which Flux Easel needs. */
export function fluxText(flux: FluxSupport): string {
  if (isFluxReady(flux)) {
    return "Serves OCIRepository and HelmRelease: Easel hands both charts to Flux.";
  }
  return `Not served: the hub lacks ${missingFlux(flux).join(" and ")}; Easel's Flux objects need ${FLUX_NEEDED}. Easel applies the Secrets and the values; the helm commands to finish follow the results.`;
}
