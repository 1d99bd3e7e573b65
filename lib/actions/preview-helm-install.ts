"use server";

import {
  helmPreviewInputSchema,
  type HelmInstallPreview,
  type HelmPreviewInput,
} from "@/lib/hub/helm-install";
import { helmPreviewReport } from "@/lib/k8s/helm-preview-report";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const preview = defineHubAction(helmPreviewInputSchema, (input, connection, settings) =>
  helmPreviewReport(connection, settings, input),
);

/**
 * What installing or upgrading with Helm would do, writing nothing: Easel's own Secrets as a dry
 * run plans them, each release's rendered objects against the deployed release (Secrets by key),
 * whether `mural` exists (install or upgrade), and which changes the hub's user may not make.
 */
export async function previewHelmInstallAction(
  input: HelmPreviewInput,
): Promise<ActionResult<HelmInstallPreview>> {
  return preview(input);
}
