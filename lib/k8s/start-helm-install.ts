import "server-only";

import type { HelmSession } from "@/lib/helm/helm-session";
import { releaseValues } from "@/lib/helm/release-reads";
import { chartSourceOf } from "@/lib/hub/chart-source";
import type { HelmInstallInput, StartedHelmOperation } from "@/lib/hub/helm-install";
import {
  HELM_RELEASES,
  isPendingStatus,
  type HelmReleaseName,
  type HelmReleaseState,
} from "@/lib/hub/helm-release";
import { refOf } from "@/lib/hub/object-ref";
import { clusterName } from "@/lib/hub/results";
import type { ServerSettings } from "@/lib/server/settings";
import { targetModule } from "@/lib/targets/modules";

import type { HubConnection } from "./client";
import { accessRefusal } from "./helm-access-refusal";
import { runHelmInstall, type PreparedInstall, type PreparedRelease } from "./helm-install-run";
import { startHelmOperation } from "./helm-operation-start";
import { NOT_FOR_HELM, secretsOf } from "./helm-preview-report";
import { helmRefusalOf, hubHelmSession } from "./hub-helm-session";
import { HubRefusal } from "./hub-refusal";
import { checkReviewedPlan, planAndLiveValues } from "./hub-reports";
import { accessChecks } from "./preflight";
import { releasesPlan, valuesFor, versionOf } from "./release-previews";
import { recordsAccess } from "./rendered-access";
import { isSameValues } from "./same-values";

/** A release left mid-operation: Helm refuses to upgrade it until it is rolled back. */
function pendingRefusal(states: readonly HelmReleaseState[]): string | undefined {
  const pending = states.filter((state) => isPendingStatus(state.status));
  if (pending.length === 0) return undefined;
  const named = pending.map(
    (state) => `${state.name} is ${state.status} at revision ${state.revision}`,
  );
  return `Nothing was written: ${named.join(", ")}. Roll it back to its last deployed revision first.`;
}

/**
 * The release deployed at the configured chart with the same values needs no Helm run: the step
 * says so with its current revision (a second install without changes writes no revision).
 */
async function unchangedState(
  session: HelmSession,
  release: HelmReleaseName,
  version: string,
  valuesText: string | undefined,
  state: HelmReleaseState | undefined,
): Promise<HelmReleaseState | undefined> {
  if (!state || state.status !== "deployed" || state.chart !== `${release}-${version}`) {
    return undefined;
  }
  return isSameValues(await releaseValues(session, release), valuesText) ? state : undefined;
}

/**
 * Everything checked before the install writes anything. First what needs no Helm: the hub
 * user's access to Easel's own objects and to each release's records (a refused user is told so
 * per release), then what apply checks (the reviewed plan's versions, live secrets replaced only
 * when confirmed by the cluster's name, adoptions and take overs as chosen), then every object
 * the charts render. Any refusal leaves the hub untouched.
 */
export async function prepareInstall(
  connection: HubConnection,
  settings: ServerSettings,
  input: HelmInstallInput,
): Promise<{ kind: "install" | "upgrade"; prepared: PreparedInstall }> {
  if (!targetModule(input.config.target).installsCharts) throw new HubRefusal(NOT_FOR_HELM);
  const planned = await planAndLiveValues(connection, input, { forHelm: true });
  const { built } = planned;
  const cluster = clusterName(connection);
  // The reads of these checks go at once; their refusals are still said in this order.
  const reviewed = checkReviewedPlan(connection, input, planned).then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const [own, records] = await Promise.all([
    accessChecks(connection, built.plan.map(refOf)),
    Promise.all(
      HELM_RELEASES.map(async (release) => ({
        release,
        refused: await recordsAccess(connection, release),
        unchecked: [],
      })),
    ),
  ]);
  const early = accessRefusal(own, records, cluster);
  if (early) throw new HubRefusal(early);
  const notReviewed = await reviewed;
  if (notReviewed) throw notReviewed.error;
  const { install } = input.config;
  try {
    const session = await hubHelmSession(connection, settings, {
      source: chartSourceOf(install),
      ...(input.credentials ? { credentials: input.credentials } : {}),
      secrets: secretsOf(input, built),
    });
    const { kind, access, states } = await releasesPlan(connection, session, built, install, {
      isForInstall: true,
    });
    const refusal = accessRefusal([], access, cluster) ?? pendingRefusal(states);
    if (refusal) throw new HubRefusal(refusal);
    const releases = await Promise.all(
      HELM_RELEASES.map(async (release): Promise<PreparedRelease> => {
        const version = versionOf(install, release);
        const valuesText = valuesFor(built, release);
        const state = states.find((item) => item.name === release);
        const unchanged = await unchangedState(session, release, version, valuesText, state);
        const unchecked = access.find((item) => item.release === release)?.unchecked ?? [];
        return {
          release,
          version,
          ...(valuesText === undefined ? {} : { valuesText }),
          ...(unchanged ? { unchanged } : {}),
          unchecked,
        };
      }),
    );
    const { adopt = [], takeOver = [], planned: seen } = input;
    return {
      kind,
      prepared: {
        connection,
        session,
        built,
        apply: { adopt, takeOver, planned: seen },
        releases,
        timeoutMinutes: install.helmTimeoutMinutes,
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
