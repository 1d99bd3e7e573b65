"use client";

import { useState, type ReactNode } from "react";
import { useMutation } from "@tanstack/react-query";

import { applyToHubAction } from "@/lib/actions/apply-to-hub";
import { planHubApplyAction } from "@/lib/actions/plan-hub-apply";
import type { ImportedValuesInput } from "@/lib/hub/hub-input";
import type { HubPreflightAnswer } from "@/lib/hub/hub-reads";
import { clusterName } from "@/lib/hub/results";
import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm } from "@/components/hooks/config-form";

import { ApplyReport } from "./apply-report";
import { unwrap } from "./hub-queries";
import { LoadOutcome, type LoadFromCluster } from "./load-from-cluster";
import { PlanReport } from "./plan-report";
import { ReplaceSecretsConfirm } from "./replace-secrets-confirm";
import { ReviewActButtons } from "./review-act-buttons";
import { useReviewedInput } from "./use-reviewed-input";

export type PlanApplySectionProps = {
  imported?: ImportedValuesInput;
  preflight?: HubPreflightAnswer;
  /** Asks preflight again once an apply changed the hub. */
  onApplied: () => void;
  /** Another configuration's values are on the hub and the admin has not chosen yet. */
  isOtherOnHub: boolean;
  /** The warning that offers loading them first, shown above the buttons. */
  warning: ReactNode;
  load: LoadFromCluster;
};

/**
 * The path of the appliance and of servers without Helm: a plan (a server-side dry run with
 * diffs), then an apply of that plan, once.
 */
export function PlanApplySection({
  imported,
  preflight,
  onApplied,
  isOtherOnHub,
  warning,
  load,
}: PlanApplySectionProps) {
  const form = useConfigForm();
  const [confirming, setConfirming] = useState(false);
  const apply = useMutation({
    mutationFn: async ({ checked, confirmedOn }: { checked: TargetConfig; confirmedOn?: string }) =>
      unwrap(
        await applyToHubAction({
          config: checked,
          imported,
          ...reviewed.sentOf(plan.data?.entries ?? []),
          ...(confirmedOn ? { confirmReplacingSecretsOn: confirmedOn } : {}),
        }),
      ),
    onMutate: () => setConfirming(false),
    // An apply (done or refused) spends its plan: the hub may have changed, so the next apply
    // needs a new plan, which the server checks too.
    onSettled: () => {
      reviewed.spend();
      onApplied();
    },
  });
  const plan = useMutation({
    mutationFn: async (checked: TargetConfig) => {
      reviewed.begin();
      apply.reset();
      setConfirming(false);
      return unwrap(await planHubApplyAction({ config: checked, imported }));
    },
  });
  const reviewed = useReviewedInput(imported, plan.isSuccess);
  const isBusy = plan.isPending || apply.isPending;
  const replacedSecrets = plan.data?.liveValues?.replacedSecrets ?? [];
  const cluster = preflight ? clusterName(preflight) : undefined;

  function startApply(checked: TargetConfig) {
    if (replacedSecrets.length > 0) setConfirming(true);
    else apply.mutate({ checked });
  }

  return (
    <section className="hub-block" aria-labelledby="plan-title">
      <h3 id="plan-title">Plan and apply</h3>
      <p>
        The plan is a server-side dry run of every object against the hub. Secrets show only which
        keys change; values.yaml shows each chart path that changes, secrets without their values.
        Objects Easel did not make are only named, and left untouched unless you adopt them; fields
        other tools own are taken over only if you choose to. Applying uses server-side apply with
        Easel as the field manager, once per plan: it refuses if the hub changed since.
      </p>
      {warning}
      <ReviewActButtons
        review={{
          label: "Plan (dry run)",
          pendingLabel: "Planning…",
          isPending: plan.isPending,
          onChecked: (checked) => plan.mutate(checked),
        }}
        act={{
          label: "Apply to the hub",
          pendingLabel: "Applying…",
          isPending: apply.isPending,
          onChecked: startApply,
        }}
        canAct={reviewed.isCurrent && !confirming}
        isBusy={isBusy}
        isOtherOnHub={isOtherOnHub}
        load={load}
      />
      {confirming && reviewed.isCurrent ? (
        cluster && preflight ? (
          <ReplaceSecretsConfirm
            cluster={cluster}
            server={preflight.server}
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
      {reviewed.isSpent ? (
        <p className="hub-warn" role="status">
          This plan was used: plan again before the next apply, to see the hub as it is now.
        </p>
      ) : null}
      {reviewed.isOutdated ? (
        <p className="hub-warn" role="status">
          The form changed after this plan: plan again before applying.
        </p>
      ) : null}
      {[plan.error, apply.error].map((error) =>
        error ? (
          <p key={error.message} className="hub-bad" role="alert">
            {error.message}
          </p>
        ) : null,
      )}
      <LoadOutcome load={load} />
      {apply.data ? (
        <ApplyReport report={apply.data} />
      ) : plan.data ? (
        <PlanReport report={plan.data} choices={reviewed.choices} onChoose={reviewed.choose} />
      ) : null}
    </section>
  );
}
