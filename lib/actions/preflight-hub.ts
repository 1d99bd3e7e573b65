"use server";

import { hubPreflightInputSchema, type HubPreflightInput } from "@/lib/hub/hub-input";
import { fluxObjects, installsCharts } from "@/lib/hub/hub-plan";
import { refOf } from "@/lib/hub/object-ref";
import type { Preflight } from "@/lib/hub/results";
import { runPreflight } from "@/lib/k8s/preflight";
import { CHART_VERSIONS } from "@/lib/chart/constants";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

/** Flux's objects are named by chart, whatever the versions. */
const FLUX_REFS = fluxObjects({
  crdsVersion: CHART_VERSIONS.muralCrds,
  muralVersion: CHART_VERSIONS.mural,
}).map(refOf);

const preflight = defineHubAction(hubPreflightInputSchema, async (input, connection) => {
  const fluxRefs = installsCharts(input.target) ? FLUX_REFS : [];
  return { ok: true, data: await runPreflight(connection, input.refs, fluxRefs) };
});

/** Checks the hub before anything is sent: reachability, version, identity, Flux, access per object. */
export async function preflightHubAction(
  input: HubPreflightInput,
): Promise<ActionResult<Preflight>> {
  return preflight(input);
}
