import "server-only";

import type { HelmSession } from "@/lib/helm/helm-session";
import { releaseManifest, releaseStates } from "@/lib/helm/release-reads";
import { renderForInstall, renderForPreview } from "@/lib/helm/reviewed-renders";
import type { ReleaseAccess } from "@/lib/hub/helm-install";
import {
  HELM_RELEASES,
  type HelmReleaseName,
  type HelmReleaseState,
  type ReleasePreview,
  type RenderedChange,
  type RenderedHook,
} from "@/lib/hub/helm-release";
import { refOf, type ObjectRef } from "@/lib/hub/object-ref";
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

/** One release's preview and access, against the releases' `states` as the hub holds them. */
async function releasePlan(
  on: {
    connection: HubConnection;
    session: HelmSession;
    built: ObjectsToApply;
    install: InstallSection;
    states: readonly HelmReleaseState[];
    /** Easel's own objects, shown in its own plan, not again among a release's. */
    own: readonly ObjectRef[];
    isForInstall: boolean;
  },
  release: HelmReleaseName,
): Promise<{ preview: ReleasePreview; access: ReleaseAccess }> {
  const { connection, session, built, install, states, own } = on;
  const version = versionOf(install, release);
  const current = states.find((state) => state.name === release);
  const render = on.isForInstall ? renderForInstall : renderForPreview;
  const [rendered, deployed] = await Promise.all([
    render(session, {
      release,
      version,
      valuesText: valuesFor(built, release),
      isUpgrade: current !== undefined,
    }),
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
  const preview: ReleasePreview = {
    name: release,
    chart: release,
    version,
    ...(current ? { current } : {}),
    changes,
    ...(hooks.length > 0 ? { hooks } : {}),
  };
  // Helm creates each hook at its events (and deletes it by its policy): checked as created.
  const hookChanges = hooks.map(({ ref }): RenderedChange => ({ ref, change: "create" }));
  return {
    preview,
    access: await releaseAccess(connection, release, [...changes, ...hookChanges]),
  };
}

/**
 * Each release rendered at the configured version with the values exactly as apply writes them,
 * compared with the deployed release's own manifest, without the objects Easel applies itself
 * (shown once, in its own plan), and each rendered object's access checked on the hub. Helm's
 * failures come back as its masked sentence naming the release. For the install's checks
 * (`isForInstall`) the reviewed preview's render of the same values is used when it is recent;
 * the deployed manifest and every access are asked again.
 */
export async function releasesPlan(
  connection: HubConnection,
  session: HelmSession,
  built: ObjectsToApply,
  install: InstallSection,
  { isForInstall = false }: { isForInstall?: boolean } = {},
): Promise<ReleasesPlan> {
  const states = await releaseStates(session);
  const own = built.plan.map(refOf);
  // Both releases at once: each is a few Helm processes, and nothing of one depends on the other.
  const planned = await Promise.all(
    HELM_RELEASES.map((release) =>
      releasePlan({ connection, session, built, install, states, own, isForInstall }, release),
    ),
  );
  const releases = planned.map((item) => item.preview);
  const access = planned.map((item) => item.access);
  const kind = states.some((state) => state.name === "mural") ? "upgrade" : "install";
  return { kind, releases, access, states };
}
