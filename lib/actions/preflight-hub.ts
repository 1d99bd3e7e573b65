"use server";

import { CHART_VERSIONS } from "@/lib/chart/constants";
import { hubPreflightInputSchema, type HubPreflightInput } from "@/lib/hub/hub-input";
import { fluxObjects, installsCharts } from "@/lib/hub/hub-plan";
import { refOf, type ObjectRef } from "@/lib/hub/object-ref";
import { isInsideBoundary, type HubPreflight } from "@/lib/hub/write-boundary";
import { runPreflight } from "@/lib/k8s/preflight";
import { serverSettings } from "@/lib/server/settings";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

/** Flux's objects are named by chart, whatever the versions. */
const FLUX_REFS = fluxObjects({
  crdsVersion: CHART_VERSIONS.muralCrds,
  muralVersion: CHART_VERSIONS.mural,
}).map(refOf);

const preflight = defineHubAction(hubPreflightInputSchema, async (input, connection) => {
  const { writeBoundary: boundary } = serverSettings();
  // Objects Easel would never write are not asked about: the panel lists them as refused.
  const inside = (ref: ObjectRef) => isInsideBoundary(ref, boundary);
  const fluxRefs = installsCharts(input.target) ? FLUX_REFS.filter(inside) : [];
  const checked = await runPreflight(connection, input.refs.filter(inside), fluxRefs);
  const refused = input.refs.filter((ref) => !inside(ref));
  return { ok: true, data: { ...checked, writeBoundary: { boundary, refused } } };
});

/**
 * Checks the hub before anything is sent: reachability, version, identity, Flux, access per object,
 * and says where this server may write.
 */
export async function preflightHubAction(
  input: HubPreflightInput,
): Promise<ActionResult<HubPreflight>> {
  return preflight(input);
}
