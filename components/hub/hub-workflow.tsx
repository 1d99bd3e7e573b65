"use client";

import { useCallback, useMemo, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { ImportedValuesInput } from "@/lib/hub/hub-input";
import { buildHubPlan } from "@/lib/hub/hub-plan";
import { HUB_READ_PATHS, type HubPreflightAnswer, type LoadedHubValues } from "@/lib/hub/hub-reads";
import { objectRefSchema, refOf } from "@/lib/hub/object-ref";
import type { HubValuesOrigin } from "@/lib/hub/results";
import { isOtherConfiguration } from "@/lib/hub/values-origin";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetModule } from "@/lib/targets/modules";
import { useConfigWatch } from "@/components/hooks/config-form";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";

import { HelmInstallSection } from "./helm/helm-install-section";
import { hubIdOfKey, hubKeys, HubRequestError, OTHER_HUB, postHubRead } from "./hub-queries";
import { useLoadFromCluster } from "./load-from-cluster";
import { OtherConfigurationWarning } from "./other-configuration-warning";
import { PlanApplySection } from "./plan-apply-section";
import { PreflightPanel } from "./preflight-panel";

const PREFLIGHT_REFRESH_MS = 30_000;

export type HubWorkflowProps = {
  imported?: ImportedValuesInput;
  /**
   * Fills the form from values.yaml read back from the hub, adopting the hub's configuration id;
   * the reason when it cannot.
   */
  onLoad: (loaded: LoadedHubValues) => Promise<string | undefined>;
};

/** Which hub values an acknowledgement was given for: a new origin asks again. */
function originKey(origin: HubValuesOrigin | undefined): string {
  if (!origin?.isOnHub) return "";
  if (origin.isForeign) return "foreign";
  return origin.configurationId ?? "without-id";
}

/** The objects preflight checks: those of the form as it is, leaving out names not valid yet. */
function preflightRefs(config: TargetConfig) {
  try {
    const plan = buildHubPlan({ config, valuesText: "", withFlux: false });
    return plan.map(refOf).filter((ref) => objectRefSchema.safeParse(ref).success);
  } catch {
    // A form half filled in may not make a plan yet; preflight then checks the hub alone.
    return [];
  }
}

/**
 * Preflight, then one path: with Helm on the server and a target that installs the charts, the
 * Helm preview, install and history; otherwise the plan and apply of the files. Both load from
 * the hub. `hubId` is
 * the opaque id of the hub connection the server named: preflight's answers are kept under it.
 */
export function HubWorkflow({ imported, onLoad, hubId }: HubWorkflowProps & { hubId: string }) {
  const queryClient = useQueryClient();
  const config = useConfigWatch();
  const settled = useDebouncedValue(config, 500);
  const refs = useMemo(() => preflightRefs(settled), [settled]);
  const preflight = useQuery({
    queryKey: hubKeys.preflight(hubId, settled.target, refs),
    queryFn: async () => {
      const body = { target: settled.target, refs };
      const answer = await postHubRead<HubPreflightAnswer>(HUB_READ_PATHS.preflight, body);
      // Another hub's answer never stands under this one's id: the status names the new id.
      if (answer.hubId !== hubId) {
        void queryClient.invalidateQueries({ queryKey: hubKeys.status() });
        throw new HubRequestError(OTHER_HUB);
      }
      return answer;
    },
    refetchInterval: PREFLIGHT_REFRESH_MS,
    // The answer shown while the next loads is this hub's, never another's.
    placeholderData: (previous, previousQuery) =>
      previousQuery && hubIdOfKey(previousQuery.queryKey) === hubId ? previous : undefined,
  });
  const origin = preflight.data?.values;
  const [acknowledgedFor, setAcknowledgedFor] = useState<string>();
  const isOtherOnHub =
    origin !== undefined &&
    isOtherConfiguration(origin, config.configurationId) &&
    acknowledgedFor !== originKey(origin);
  const load = useLoadFromCluster(onLoad, setAcknowledgedFor);
  const { refetch: refetchPreflight } = preflight;
  const refreshPreflight = useCallback(() => void refetchPreflight(), [refetchPreflight]);
  const isHelmPath =
    preflight.data?.helm.isAvailable === true && targetModule(config.target).installsCharts;
  const warning = isOtherOnHub ? (
    <OtherConfigurationWarning
      origin={origin}
      isLoading={load.isPending}
      onLoad={load.start}
      anywayLabel={isHelmPath ? "Preview this configuration anyway" : undefined}
      onPlanAnyway={() => setAcknowledgedFor(originKey(origin))}
    />
  ) : null;

  return (
    <>
      <PreflightPanel
        preflight={preflight.data}
        error={preflight.error}
        isFetching={preflight.isFetching}
        onRefresh={refreshPreflight}
        configurationId={config.configurationId}
      />
      {isHelmPath && preflight.data ? (
        <HelmInstallSection
          hubId={hubId}
          imported={imported}
          preflight={preflight.data}
          onFinished={refreshPreflight}
          isOtherOnHub={isOtherOnHub}
          warning={warning}
          load={load}
        />
      ) : (
        <PlanApplySection
          imported={imported}
          preflight={preflight.data}
          onApplied={refreshPreflight}
          isOtherOnHub={isOtherOnHub}
          warning={warning}
          load={load}
        />
      )}
    </>
  );
}
