import "server-only";

import { finishCommands } from "@/lib/hub/finish-commands";
import type { HubPlanInput } from "@/lib/hub/hub-input";
import { buildHubPlan, type HubObject } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import type { PlannedValues } from "@/lib/hub/live-values-check";
import { refOf } from "@/lib/hub/object-ref";
import { writeRefusal, type WriteBoundary } from "@/lib/hub/write-boundary";
import { readValuesFile } from "@/lib/import/read-values-file";
import { secretSenseOf } from "@/lib/secret-tracking/secret-sense";
import { serverSettings } from "@/lib/server/settings";
import { targetModule } from "@/lib/targets/modules";
import { findPlaceholder } from "@/lib/validation/placeholders";

import type { HubConnection } from "./client";
import { isReleasedByHelm } from "./helm-release-records";
import { isFluxServed } from "./preflight";

/** What the server would apply, with what it tells the admin and what it compares on the hub. */
export type ObjectsToApply = {
  plan: HubObject[];
  finishCommands: string[];
  /** The values Secret's file, for comparing with the hub's (it stays on the server). */
  values: PlannedValues;
};

/**
 * The objects to apply, rebuilt on the server from a configuration that passed the shared schema:
 * nothing the browser rendered is applied. An imported values file is read again with the
 * upload's limits and only ever becomes the values Secret's data. Every object must lie inside
 * `boundary` (the server's `EASEL_ALLOWED_NAMESPACES`), checked before any request to the hub.
 *
 * One path per hub, never two owners of the release: Flux's objects only for a hub that serves
 * Flux and has no Helm release `mural` of Helm's own (Easel's or one installed by hand; one Flux
 * drives stays on Flux's path), never when Helm installs (`forHelm`).
 */
export async function objectsToApply(
  connection: HubConnection,
  { config, imported }: HubPlanInput,
  boundary: WriteBoundary = serverSettings().writeBoundary,
  { forHelm = false }: { forHelm?: boolean } = {},
): Promise<ObjectsToApply | { problem: string }> {
  const target = targetModule(config.target);
  let valuesText: string;
  if (imported) {
    const reading = readValuesFile(imported.text);
    if ("problem" in reading) return { problem: `The imported values file: ${reading.problem}` };
    valuesText = hubValuesText(target, config, { ...imported, values: reading.values });
  } else {
    valuesText = hubValuesText(target, config);
  }
  const placeholder = findPlaceholder(valuesText);
  if (placeholder) {
    return {
      problem: `values.yaml still contains the docs placeholder "${placeholder}"; replace it first.`,
    };
  }
  // With Flux's objects the plan is at its largest: checked so, it needs no answer from the hub yet.
  const largest = buildHubPlan({ config, valuesText, withFlux: true });
  const refusal = writeRefusal(largest.map(refOf), boundary);
  if (refusal) return { problem: refusal };
  const withFlux =
    target.installsCharts &&
    !forHelm &&
    (await isFluxServed(connection)) &&
    !(await isReleasedByHelm(connection));
  return {
    plan: buildHubPlan({ config, valuesText, withFlux }),
    finishCommands: withFlux || forHelm ? [] : finishCommands(config),
    values: {
      text: valuesText,
      configurationId: config.configurationId,
      sense: secretSenseOf(target, config),
    },
  };
}
