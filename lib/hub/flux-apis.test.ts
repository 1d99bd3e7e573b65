import { describe, expect, it } from "vitest";

import { fluxSupport, fluxText, isFluxReady, missingFlux } from "./flux-apis";

const SOURCE_V1 = "source.toolkit.fluxcd.io/v1";
const HELM_V2 = "helm.toolkit.fluxcd.io/v2";

describe("fluxSupport", () => {
  it("is served when both group/versions list their resource (Flux 2.6 and later)", () => {
    const listed = new Map([
      [SOURCE_V1, ["gitrepositories", "ocirepositories", "ocirepositories/status"]],
      [HELM_V2, ["helmreleases", "helmreleases/status"]],
    ]);
    expect(fluxSupport(listed)).toEqual({ isSourceServed: true, isHelmServed: true });
    expect(isFluxReady(fluxSupport(listed))).toBe(true);
    expect(missingFlux(fluxSupport(listed))).toEqual([]);
  });

  it("is not fooled by source.toolkit.fluxcd.io/v1 serving only GitRepository (Flux 2.5)", () => {
    const listed = new Map([
      [SOURCE_V1, ["gitrepositories", "gitrepositories/status"]],
      [HELM_V2, ["helmreleases"]],
    ]);
    const flux = fluxSupport(listed);
    expect(flux).toEqual({ isSourceServed: false, isHelmServed: true });
    expect(isFluxReady(flux)).toBe(false);
    expect(missingFlux(flux)).toEqual([
      "source.toolkit.fluxcd.io/v1 OCIRepository (source-controller 1.6 or later)",
    ]);
  });

  it("names both when neither group/version is served", () => {
    const flux = fluxSupport(new Map());
    expect(flux).toEqual({ isSourceServed: false, isHelmServed: false });
    expect(missingFlux(flux)).toEqual([
      "source.toolkit.fluxcd.io/v1 OCIRepository (source-controller 1.6 or later)",
      "helm.toolkit.fluxcd.io/v2 HelmRelease (helm-controller)",
    ]);
  });

  it("wants the resource itself, not a subresource or another version's list", () => {
    const listed = new Map([
      [SOURCE_V1, ["ocirepositories/status"]],
      ["helm.toolkit.fluxcd.io/v2beta2", ["helmreleases"]],
    ]);
    expect(fluxSupport(listed)).toEqual({ isSourceServed: false, isHelmServed: false });
  });
});

describe("fluxText", () => {
  it("says what is missing and which Flux Easel needs", () => {
    expect(fluxText({ isSourceServed: false, isHelmServed: true })).toBe(
      "Not served: the hub lacks source.toolkit.fluxcd.io/v1 OCIRepository (source-controller 1.6 or later); Easel's Flux objects need Flux 2.6 or later. Easel applies the Secrets and the values; the helm commands to finish follow the results.",
    );
    expect(fluxText({ isSourceServed: true, isHelmServed: true })).toBe(
      "Serves OCIRepository and HelmRelease: Easel hands both charts to Flux.",
    );
  });
});
