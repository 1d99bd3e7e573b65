"use server";

import {
  helmInstallInputSchema,
  type HelmInstallInput,
  type StartedHelmOperation,
} from "@/lib/hub/helm-install";
import { startHelmInstall } from "@/lib/k8s/start-helm-install";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const start = defineHubAction(helmInstallInputSchema, (input, connection, settings) =>
  startHelmInstall(connection, settings, input),
);

/**
 * Installs or upgrades PaletteAI with Helm once every check an apply makes, and every permission
 * the charts need, passed: the Secrets, then `mural-crds`, then `mural`, in the background.
 * Answers at once with the operation's id, which the Helm route reports on.
 */
export async function startHelmInstallAction(
  input: HelmInstallInput,
): Promise<ActionResult<StartedHelmOperation>> {
  return start(input);
}
