"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { applyToHubAction } from "@/lib/actions/apply-to-hub";
import { planHubApplyAction } from "@/lib/actions/plan-hub-apply";
import type { ImportedValuesInput } from "@/lib/hub/hub-input";
import { buildHubPlan } from "@/lib/hub/hub-plan";
import { HUB_READ_PATHS, type HubPreflightAnswer, type LoadedHubValues } from "@/lib/hub/hub-reads";
import { describeRef, objectRefSchema, refOf, type ObjectRef } from "@/lib/hub/object-ref";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import { clusterName, type HubValuesOrigin } from "@/lib/hub/results";
import { isOtherConfiguration } from "@/lib/hub/values-origin";
import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";
import { useFormGeneration } from "@/components/hooks/form-generation";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";

import { ApplyReport } from "./apply-report";
import { hubIdOfKey, hubKeys, HubRequestError, postHubRead, unwrap } from "./hub-queries";
import { OtherConfigurationWarning } from "./other-configuration-warning";
import { PlanReport, type OwnershipChoices } from "./plan-report";
import { PreflightPanel } from "./preflight-panel";
import { ReplaceSecretsConfirm } from "./replace-secrets-confirm";

const PREFLIGHT_REFRESH_MS = 30_000;

export type HubWorkflowProps = {
  imported?: ImportedValuesInput;
  /**
   * Fills the form from values.yaml read back from the hub, adopting the hub's configuration id;
   * the reason when it cannot.
   */
  onLoad: (loaded: LoadedHubValues) => string | undefined;
};

/** Which hub values an acknowledgement was given for: a new origin asks again. */
function originKey(origin: HubValuesOrigin | undefined): string {
  if (!origin?.isOnHub) return "";
  if (origin.isForeign) return "foreign";
  return origin.configurationId ?? "without-id";
}

const NO_CHOICES: OwnershipChoices = { adopt: new Set(), takeOver: new Set() };

/** `choices` with one object's adopt or take-over choice set. */
function withChoice(
  choices: OwnershipChoices,
  choice: keyof OwnershipChoices,
  ref: ObjectRef,
  isChosen: boolean,
): OwnershipChoices {
  const next = new Set(choices[choice]);
  if (isChosen) next.add(describeRef(ref));
  else next.delete(describeRef(ref));
  return { ...choices, [choice]: next };
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

/** Said while the page learns the id of the hub the server now uses. */
const OTHER_HUB = "The Easel server now uses another hub; asking it again.";

/**
 * Preflight, plan (a server-side dry run with diffs), apply, and load from the hub. `hubId` is
 * the opaque id of the hub connection the server named: preflight's answers are kept under it.
 */
export function HubWorkflow({ imported, onLoad, hubId }: HubWorkflowProps & { hubId: string }) {
  const queryClient = useQueryClient();
  const form = useConfigForm();
  const generation = useFormGeneration();
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
  const [plannedFor, setPlannedFor] = useState("");
  // Compared off the typing path: a configuration may embed logos.
  const deferredConfig = useDeferredValue(config);
  const currentInput = useMemo(
    () => JSON.stringify({ config: deferredConfig, imported }),
    [deferredConfig, imported],
  );
  const [confirming, setConfirming] = useState(false);
  const [choices, setChoices] = useState<OwnershipChoices>(NO_CHOICES);
  // An apply (done or refused) spends its plan: the hub may have changed, so the next apply
  // needs a new plan, which the server checks too.
  const [isPlanSpent, setPlanSpent] = useState(false);
  const apply = useMutation({
    mutationFn: async ({
      checked,
      confirmedOn,
    }: {
      checked: TargetConfig;
      confirmedOn?: string;
    }) => {
      const entries = plan.data?.entries ?? [];
      const chosen = (set: ReadonlySet<string>) =>
        entries.filter((entry) => set.has(describeRef(entry.ref))).map((entry) => entry.ref);
      return unwrap(
        await applyToHubAction({
          config: checked,
          imported,
          planned: plannedObjectsOf(entries),
          adopt: chosen(choices.adopt),
          takeOver: chosen(choices.takeOver),
          ...(confirmedOn ? { confirmReplacingSecretsOn: confirmedOn } : {}),
        }),
      );
    },
    onMutate: () => setConfirming(false),
    onSettled: () => {
      setPlanSpent(true);
      void preflight.refetch();
    },
  });
  const origin = preflight.data?.values;
  const [acknowledgedFor, setAcknowledgedFor] = useState<string>();
  const isOtherOnHub =
    origin !== undefined &&
    isOtherConfiguration(origin, config.configurationId) &&
    acknowledgedFor !== originKey(origin);
  const plan = useMutation({
    mutationFn: async (checked: TargetConfig) => {
      // The form's own values, as the watched copy holds them (the schema's output may differ).
      setPlannedFor(JSON.stringify({ config: form.getValues(), imported }));
      apply.reset();
      setConfirming(false);
      setPlanSpent(false);
      setChoices(NO_CHOICES);
      return unwrap(await planHubApplyAction({ config: checked, imported }));
    },
  });
  const [loadProblem, setLoadProblem] = useState("");
  const load = useMutation({
    mutationFn: async () => {
      const isSameForm = generation.capture();
      const loaded = await postHubRead<LoadedHubValues>(HUB_READ_PATHS.values, {});
      return { loaded, isSameForm };
    },
    onSuccess: ({ loaded, isSameForm }) => {
      // An import or a profile filled the form while the hub answered: they win, as the newer.
      if (!isSameForm()) return;
      const problem = onLoad(loaded) ?? "";
      setLoadProblem(problem);
      // Values without an id become this configuration's: the form now holds them.
      if (!problem) setAcknowledgedFor(loaded.configurationId ?? "without-id");
    },
  });
  const isPlanCurrent = plan.isSuccess && plannedFor === currentInput && !isPlanSpent;
  const isBusy = plan.isPending || apply.isPending;
  const replacedSecrets = plan.data?.liveValues?.replacedSecrets ?? [];
  const cluster = preflight.data ? clusterName(preflight.data) : undefined;

  function startApply(checked: TargetConfig) {
    if (replacedSecrets.length > 0) setConfirming(true);
    else apply.mutate({ checked });
  }

  return (
    <>
      <PreflightPanel
        preflight={preflight.data}
        error={preflight.error}
        isFetching={preflight.isFetching}
        onRefresh={() => void preflight.refetch()}
        configurationId={config.configurationId}
      />
      <section className="hub-block" aria-labelledby="plan-title">
        <h3 id="plan-title">Plan and apply</h3>
        <p>
          The plan is a server-side dry run of every object against the hub. Secrets show only which
          keys change; values.yaml shows each chart path that changes, secrets without their values.
          Objects Easel did not make are only named, and left untouched unless you adopt them;
          fields other tools own are taken over only if you choose to. Applying uses server-side
          apply with Easel as the field manager, once per plan: it refuses if the hub changed since.
        </p>
        {isOtherOnHub ? (
          <OtherConfigurationWarning
            origin={origin}
            isLoading={load.isPending}
            onLoad={() => load.mutate()}
            onPlanAnyway={() => setAcknowledgedFor(originKey(origin))}
          />
        ) : null}
        <div className="hub-actions">
          <button
            type="button"
            className="button-secondary"
            disabled={isBusy || isOtherOnHub}
            onClick={form.handleSubmit((checked) => plan.mutate(checked))}
          >
            {plan.isPending ? "Planning…" : "Plan (dry run)"}
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={isBusy || !isPlanCurrent || confirming}
            onClick={form.handleSubmit(startApply)}
          >
            {apply.isPending ? "Applying…" : "Apply to the hub"}
          </button>
          {isOtherOnHub ? null : (
            <button
              type="button"
              className="button-small"
              disabled={load.isPending}
              onClick={() => load.mutate()}
            >
              {load.isPending ? "Loading…" : "Load from cluster"}
            </button>
          )}
        </div>
        {confirming && isPlanCurrent ? (
          cluster && preflight.data ? (
            <ReplaceSecretsConfirm
              cluster={cluster}
              server={preflight.data.server}
              replacedSecrets={replacedSecrets}
              onConfirm={(confirmedOn) =>
                void form.handleSubmit((checked) => apply.mutate({ checked, confirmedOn }))()
              }
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <p className="hub-warn" role="status">
              Waiting for preflight to name the cluster before confirming.
            </p>
          )
        ) : null}
        {isPlanSpent ? (
          <p className="hub-warn" role="status">
            This plan was used: plan again before the next apply, to see the hub as it is now.
          </p>
        ) : null}
        {plan.isSuccess && !isPlanSpent && !isPlanCurrent ? (
          <p className="hub-warn" role="status">
            The form changed after this plan: plan again before applying.
          </p>
        ) : null}
        {[plan.error, apply.error, load.error].map((error) =>
          error ? (
            <p key={error.message} className="hub-bad" role="alert">
              {error.message}
            </p>
          ) : null,
        )}
        {loadProblem ? (
          <p className="hub-bad" role="alert">
            {loadProblem}
          </p>
        ) : null}
        {load.isSuccess && !loadProblem ? (
          <p role="status">The form now holds the values Easel last applied to the hub.</p>
        ) : null}
        {apply.data ? (
          <ApplyReport report={apply.data} />
        ) : plan.data ? (
          <PlanReport
            report={plan.data}
            choices={choices}
            onChoose={(choice, ref, isChosen) =>
              setChoices(withChoice(choices, choice, ref, isChosen))
            }
          />
        ) : null}
      </section>
    </>
  );
}
