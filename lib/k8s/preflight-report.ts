import "server-only";

import { findHelm } from "@/lib/helm/find-helm";
import type { HubPreflightInput } from "@/lib/hub/hub-input";
import { fluxObjects } from "@/lib/hub/hub-plan";
import { refOf, type ObjectRef } from "@/lib/hub/object-ref";
import { isInsideBoundary, type HubPreflight, type WriteBoundary } from "@/lib/hub/write-boundary";
import { newInstallSection } from "@/lib/schemas/sections/install-model";
import type { ServerSettings } from "@/lib/server/settings";
import { targetModule } from "@/lib/targets/modules";

import type { HubConnection } from "./client";
import { runPreflight } from "./preflight";

/** Flux's objects are named by chart, whatever the versions and the registry: the defaults name them. */
const FLUX_REFS = fluxObjects(newInstallSection()).map(refOf);

/**
 * Checks the hub before anything is sent: reachability, version, identity, Flux, access per object,
 * and says where this server may write (its settings' boundary) and which Helm it would run.
 * Objects Easel would never write are not asked about: the panel lists them as refused.
 */
export async function preflightReport(
  connection: HubConnection,
  input: HubPreflightInput,
  settings: ServerSettings,
): Promise<HubPreflight> {
  const boundary: WriteBoundary = settings.writeBoundary;
  const inside = (ref: ObjectRef) => isInsideBoundary(ref, boundary);
  const fluxRefs = targetModule(input.target).installsCharts ? FLUX_REFS.filter(inside) : [];
  const [checked, helm] = await Promise.all([
    runPreflight(connection, input.refs.filter(inside), fluxRefs),
    findHelm(settings),
  ]);
  const refused = input.refs.filter((ref) => !inside(ref));
  return { ...checked, writeBoundary: { boundary, refused }, helm };
}
