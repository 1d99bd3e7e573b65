import "server-only";

import { chartSourceOf, helmTimeoutOf } from "@/lib/hub/chart-source";
import type { HelmInstallInput, StartedHelmOperation } from "@/lib/hub/helm-install";
import { HELM_RELEASES } from "@/lib/hub/helm-release";
import { refOf } from "@/lib/hub/object-ref";
import { clusterName } from "@/lib/hub/results";
import type { ServerSettings } from "@/lib/server/settings";
import { targetModule } from "@/lib/targets/modules";

import type { HubConnection } from "./client";
import { accessRefusal } from "./helm-access-refusal";
import { runHelmInstall, type PreparedInstall } from "./helm-install-run";
import { startHelmOperation } from "./helm-operation-start";
import { NOT_FOR_HELM, secretsOf } from "./helm-preview-report";
import { helmRefusalOf, hubHelmSession } from "./hub-helm-session";
import { HubRefusal } from "./hub-refusal";
import { checkReviewedPlan, planAndLiveValues } from "./hub-reports";
import { accessChecks } from "./preflight";
import { releasesPlan, valuesFor, versionOf } from "./release-previews";

/**
 * Everything checked before the install writes anything, as apply checks it (the reviewed plan's
 * versions, live secrets replaced only when confirmed by the cluster's name, adoptions and take
 * overs as chosen) and every permission the install needs: Easel's own objects and each object
 * the charts render. A refused user is told so per release, and the hub is left untouched.
 */
async function prepareInstall(
  connection: HubConnection,
  settings: ServerSettings,
  input: HelmInstallInput,
): Promise<{ kind: "install" | "upgrade"; prepared: PreparedInstall }> {
  if (!targetModule(input.config.target).installsCharts) throw new HubRefusal(NOT_FOR_HELM);
  const planned = await planAndLiveValues(connection, input, { forHelm: true });
  await checkReviewedPlan(connection, input, planned);
  const { built } = planned;
  const { install } = input.config;
  try {
    const session = await hubHelmSession(connection, settings, {
      source: chartSourceOf(install),
      ...(input.credentials ? { credentials: input.credentials } : {}),
      secrets: secretsOf(input, built),
    });
    const { kind, access } = await releasesPlan(connection, session, built, install);
    const own = await accessChecks(connection, built.plan.map(refOf));
    const refusal = accessRefusal(own, access, clusterName(connection));
    if (refusal) throw new HubRefusal(refusal);
    const { adopt = [], takeOver = [], planned: seen } = input;
    return {
      kind,
      prepared: {
        connection,
        session,
        built,
        apply: { adopt, takeOver, planned: seen },
        releases: HELM_RELEASES.map((release) => ({
          release,
          version: versionOf(install, release),
          ...(valuesFor(built, release) === undefined
            ? {}
            : { valuesText: valuesFor(built, release) }),
        })),
        timeoutMinutes: helmTimeoutOf(install),
      },
    };
  } catch (error) {
    throw helmRefusalOf(error);
  }
}

/**
 * Installs or upgrades both releases with Helm, in the background once every check passed: the
 * Secrets, then `mural-crds`, then `mural`. Answers at once with the operation's id; the page
 * follows its steps through the Helm route.
 */
export function startHelmInstall(
  connection: HubConnection,
  settings: ServerSettings,
  input: HelmInstallInput,
): Promise<StartedHelmOperation> {
  return startHelmOperation(connection, {
    prepare: () => prepareInstall(connection, settings, input),
    steps: ["secrets", ...HELM_RELEASES],
    run: runHelmInstall,
  });
}
