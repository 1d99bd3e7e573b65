import "server-only";

import type { HelmSession } from "@/lib/helm/helm-session";
import { releaseManifest, releaseStates } from "@/lib/helm/release-reads";
import { renderRelease } from "@/lib/helm/render-release";
import type { ReleaseAccess } from "@/lib/hub/helm-install";
import {
  HELM_RELEASES,
  type HelmReleaseName,
  type HelmReleaseState,
  type ReleasePreview,
  type RenderedChange,
  type RenderedHook,
} from "@/lib/hub/helm-release";
import { refOf } from "@/lib/hub/object-ref";
import {
  releaseChanges,
  releaseHooks,
  RenderedManifestError,
  withoutObjects,
} from "@/lib/hub/release-diff";
import type { InstallSection } from "@/lib/schemas/sections/install";

import type { HubConnection } from "./client";
import { HubRefusal } from "./hub-refusal";
import type { ObjectsToApply } from "./objects-to-apply";
import { releaseAccess } from "./rendered-access";

/** What Helm would do to the hub: each release's changes, and whether its user may make them. */
export type ReleasesPlan = {
  kind: "install" | "upgrade";
  releases: ReleasePreview[];
  access: ReleaseAccess[];
  /** The releases as the hub holds them now. */
  states: HelmReleaseState[];
};

/** The chart version the Install section pins for `release`. */
export function versionOf(install: InstallSection, release: HelmReleaseName): string {
  return release === "mural" ? install.muralVersion : install.crdsVersion;
}

/** The values Helm gets for `release`: only `mural` takes values.yaml, as the guide installs it. */
export function valuesFor(built: ObjectsToApply, release: HelmReleaseName): string | undefined {
  return release === "mural" ? built.values.text : undefined;
}

/**
 * Each release rendered at the configured version with the values exactly as apply writes them,
 * compared with the deployed release's own manifest, without the objects Easel applies itself
 * (shown once, in its own plan), and each rendered object's access checked on the hub. Helm's
 * failures come back as its masked sentence naming the release.
 */
export async function releasesPlan(
  connection: HubConnection,
  session: HelmSession,
  built: ObjectsToApply,
  install: InstallSection,
): Promise<ReleasesPlan> {
  const states = await releaseStates(session);
  const own = built.plan.map(refOf);
  const releases: ReleasePreview[] = [];
  const access: ReleaseAccess[] = [];
  for (const release of HELM_RELEASES) {
    const version = versionOf(install, release);
    const current = states.find((state) => state.name === release);
    const [rendered, deployed] = await Promise.all([
      renderRelease(session, { release, version, valuesText: valuesFor(built, release) }),
      current ? releaseManifest(session, release) : undefined,
    ]);
    let changes: RenderedChange[];
    let hooks: RenderedHook[];
    try {
      changes = withoutObjects(releaseChanges(deployed, rendered), own);
      hooks = releaseHooks(rendered);
    } catch (error) {
      if (error instanceof RenderedManifestError) {
        throw new HubRefusal(`Easel could not read what ${release} renders: ${error.message}`);
      }
      throw error;
    }
    releases.push({
      name: release,
      chart: release,
      version,
      ...(current ? { current } : {}),
      changes,
      ...(hooks.length > 0 ? { hooks } : {}),
    });
    // Helm creates each hook at its events (and deletes it by its policy): checked as created.
    const hookChanges = hooks.map(({ ref }): RenderedChange => ({ ref, change: "create" }));
    access.push(await releaseAccess(connection, release, [...changes, ...hookChanges]));
  }
  const kind = states.some((state) => state.name === "mural") ? "upgrade" : "install";
  return { kind, releases, access, states };
}
