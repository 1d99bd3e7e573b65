import "server-only";

import type { ActionResult } from "@/lib/actions/result";
import { finishCommands } from "@/lib/hub/finish-commands";
import type { HubApplyInput } from "@/lib/hub/hub-input";
import type { HubReport } from "@/lib/hub/results";
import { buildHubPlan, installsCharts, type HubObject } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { readValuesFile } from "@/lib/import/read-values-file";
import type { HubConnection } from "@/lib/k8s/client";
import { isFluxServed } from "@/lib/k8s/preflight";
import { targetModule } from "@/lib/targets/modules";
import { findPlaceholder } from "@/lib/validation/placeholders";

export type ServerHubPlan = { plan: HubObject[]; finishCommands: string[] };

/**
 * The objects to apply, rebuilt on the server from a configuration that passed the shared schema:
 * nothing the browser rendered is applied. An imported values file is read again with the
 * upload's limits and only ever becomes the values Secret's data.
 */
export async function serverHubPlan(
  connection: HubConnection,
  { config, imported }: HubApplyInput,
): Promise<ServerHubPlan | { problem: string }> {
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
  const withFlux = installsCharts(config.target) && (await isFluxServed(connection));
  return {
    plan: buildHubPlan({ config, valuesText, withFlux }),
    finishCommands: withFlux ? [] : finishCommands(config),
  };
}

/**
 * Runs `work` (a dry run or an apply) over the plan the server builds from `input`, reporting its
 * entries with what is left to run.
 */
export async function reportOnServerHubPlan<E>(
  connection: HubConnection,
  input: HubApplyInput,
  work: (connection: HubConnection, plan: readonly HubObject[]) => Promise<E[]>,
): Promise<ActionResult<HubReport<E>>> {
  const built = await serverHubPlan(connection, input);
  if ("problem" in built) return { ok: false, formError: built.problem };
  return {
    ok: true,
    data: { entries: await work(connection, built.plan), finishCommands: built.finishCommands },
  };
}
