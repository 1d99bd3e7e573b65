import "server-only";

import { chartSourceOf } from "@/lib/hub/chart-source";
import type { HelmInstallPreview, HelmPreviewInput } from "@/lib/hub/helm-install";
import { secretValues } from "@/lib/schemas/secret-paths";
import type { ServerSettings } from "@/lib/server/settings";
import { targetModule } from "@/lib/targets/modules";

import type { HubConnection } from "./client";
import { helmRefusalOf, hubHelmSession } from "./hub-helm-session";
import { HubRefusal } from "./hub-refusal";
import { planAndLiveValues, planOfBuilt } from "./hub-reports";
import type { ObjectsToApply } from "./objects-to-apply";
import { releasesPlan } from "./release-previews";

/** Said when the configuration's target has its own installer: Helm is not Easel's to run there. */
export const NOT_FOR_HELM =
  "This target's own installer installs the charts: plan and apply its files instead.";

/** Every secret string Helm may print back: the configuration's secrets and those of its values. */
export function secretsOf(input: HelmPreviewInput, built: ObjectsToApply): string[] {
  return [...new Set([...secretValues(input.config), ...built.values.sense.values])];
}

/**
 * The preview of an install or upgrade with Helm: Easel's own objects as a dry run plans them
 * (never Flux's: Helm installs the charts), then each release rendered with the configured
 * values against the deployed release, and whether the hub's user may make every change. Writes
 * nothing. Throws a `HubRefusal` saying why when it cannot be made.
 */
export async function helmPreviewReport(
  connection: HubConnection,
  settings: ServerSettings,
  input: HelmPreviewInput,
): Promise<HelmInstallPreview> {
  if (!targetModule(input.config.target).installsCharts) throw new HubRefusal(NOT_FOR_HELM);
  const planned = await planAndLiveValues(connection, input, { forHelm: true });
  try {
    const session = await hubHelmSession(connection, settings, {
      source: chartSourceOf(input.config.install),
      ...(input.credentials ? { credentials: input.credentials } : {}),
      secrets: secretsOf(input, planned.built),
    });
    const { kind, releases, access } = await releasesPlan(
      connection,
      session,
      planned.built,
      input.config.install,
    );
    return { plan: await planOfBuilt(connection, planned), kind, releases, access };
  } catch (error) {
    throw helmRefusalOf(error);
  }
}
