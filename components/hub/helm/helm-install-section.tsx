"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useMutation } from "@tanstack/react-query";

import { previewHelmInstallAction } from "@/lib/actions/preview-helm-install";
import { startHelmInstallAction } from "@/lib/actions/start-helm-install";
import { startHelmRollbackAction } from "@/lib/actions/start-helm-rollback";
import type { HelmReleaseName, RegistryCredentials } from "@/lib/hub/helm-release";
import type { ImportedValuesInput } from "@/lib/hub/hub-input";
import type { HubPreflightAnswer } from "@/lib/hub/hub-reads";
import { isOutrun } from "@/lib/hub/outrun-operation";
import { clusterName } from "@/lib/hub/results";
import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm } from "@/components/hooks/config-form";

import { unwrap } from "../hub-queries";
import { LoadOutcome, type LoadFromCluster } from "../load-from-cluster";
import { PlanReport } from "../plan-report";
import { ReplaceSecretsConfirm } from "../replace-secrets-confirm";
import { ReviewActButtons } from "../review-act-buttons";
import { useReviewedInput } from "../use-reviewed-input";
import { HelmPreviewReport } from "./helm-preview-report";
import { HelmProgress } from "./helm-progress";
import { RegistryCredentialsFields, sentCredentials } from "./registry-credentials-fields";
import { ReleaseHistory } from "./release-history";
import { useHubHelm } from "./use-hub-helm";

export type HelmInstallSectionProps = {
  hubId: string;
  imported?: ImportedValuesInput;
  preflight: HubPreflightAnswer;
  /** Asks preflight again once a Helm operation ended: the hub's values changed. */
  onFinished: () => void;
  /** Another configuration's values are on the hub and the admin has not chosen yet. */
  isOtherOnHub: boolean;
  /** The warning that offers loading them first, shown above the buttons. */
  warning: ReactNode;
  load: LoadFromCluster;
};

const NO_CREDENTIALS: RegistryCredentials = { username: "", password: "" };

/**
 * The path of a target that installs the charts on a server with Helm: a preview of every object
 * both releases render against the deployed ones, then "Install with Helm" (or "Upgrade with Helm"
 * once `mural` exists) for that preview only; the running operation's progress, followed by
 * polling; each release's history with its rollbacks.
 */
export function HelmInstallSection({
  hubId,
  imported,
  preflight,
  onFinished,
  isOtherOnHub,
  warning,
  load,
}: HelmInstallSectionProps) {
  const form = useConfigForm();
  const helm = useHubHelm(hubId);
  const [credentials, setCredentials] = useState(NO_CREDENTIALS);
  const [confirming, setConfirming] = useState(false);
  const install = useMutation({
    mutationFn: async ({ checked, confirmedOn }: { checked: TargetConfig; confirmedOn?: string }) =>
      unwrap(
        await startHelmInstallAction({
          config: checked,
          imported,
          ...reviewed.sentOf(preview.data?.plan.entries ?? []),
          ...(confirmedOn ? { confirmReplacingSecretsOn: confirmedOn } : {}),
          ...sentCredentials(credentials),
        }),
      ),
    onMutate: () => setConfirming(false),
    // Starting an install spends the preview (the releases change under it); a refused start
    // wrote nothing (the server checks before writing), so its preview still stands.
    onSuccess: () => reviewed.spend(),
    onSettled: () => void helm.refetch(),
  });
  const rollback = useMutation({
    mutationFn: async ({ release, revision }: { release: HelmReleaseName; revision: number }) =>
      unwrap(
        await startHelmRollbackAction({
          release,
          revision,
          timeoutMinutes: form.getValues().install.helmTimeoutMinutes,
        }),
      ),
    onSettled: () => {
      reviewed.spend();
      void helm.refetch();
    },
  });
  // A finished operation is put away once a new preview starts: shown beside the new preview, an
  // old failure reads as this one's (the releases may have changed by hand since).
  const [putAwayId, setPutAwayId] = useState<string>();
  const preview = useMutation({
    mutationFn: async (checked: TargetConfig) => {
      reviewed.begin();
      install.reset();
      rollback.reset();
      setConfirming(false);
      setPutAwayId(helm.data?.operation?.id);
      return unwrap(
        await previewHelmInstallAction({
          config: checked,
          imported,
          ...sentCredentials(credentials),
        }),
      );
    },
  });
  const reviewed = useReviewedInput(imported, preview.isSuccess);
  const operation = helm.data?.operation;
  const isRunning = operation?.state === "running";
  // Put away, too, once the releases moved on (read without a problem: unread is not moved).
  const hasMovedOn =
    operation !== undefined &&
    helm.data !== undefined &&
    helm.data.problem === undefined &&
    isOutrun(operation, helm.data.releases);
  const isShown =
    operation !== undefined && (isRunning || (operation.id !== putAwayId && !hasMovedOn));
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !isRunning) onFinished();
    wasRunning.current = isRunning;
  }, [isRunning, onFinished]);

  const isBusy = preview.isPending || install.isPending || rollback.isPending || isRunning;
  const hasMural = helm.data
    ? helm.data.releases.some((release) => release.name === "mural")
    : preview.data?.kind === "upgrade";
  const verb = hasMural ? "Upgrade" : "Install";
  const replacedSecrets = preview.data?.plan.liveValues?.replacedSecrets ?? [];

  function startInstall(checked: TargetConfig) {
    if (replacedSecrets.length > 0) setConfirming(true);
    else install.mutate({ checked });
  }

  return (
    <section className="hub-block" aria-labelledby="helm-title">
      <h3 id="helm-title">Install or upgrade with Helm</h3>
      <p>
        The preview renders both charts with this configuration and compares every object with the
        deployed release; Secrets show only which keys change. Installing applies Easel&apos;s
        Secrets, then runs Helm for mural-crds and then mural in mural-system, waiting for each and
        rolling it back if it fails. Only the preview you saw is installed: change the form and
        preview again.
      </p>
      {warning}
      <RegistryCredentialsFields
        credentials={credentials}
        onChange={setCredentials}
        isDisabled={isBusy}
      />
      <ReviewActButtons
        review={{
          label: "Preview",
          pendingLabel: "Previewing…",
          isPending: preview.isPending,
          onChecked: (checked) => preview.mutate(checked),
        }}
        act={{
          label: `${verb} with Helm`,
          pendingLabel: "Starting…",
          isPending: install.isPending,
          onChecked: startInstall,
        }}
        canAct={reviewed.isCurrent && !confirming}
        isBusy={isBusy}
        isOtherOnHub={isOtherOnHub}
        load={load}
      />
      {confirming && reviewed.isCurrent ? (
        <ReplaceSecretsConfirm
          cluster={clusterName(preflight)}
          server={preflight.server}
          replacedSecrets={replacedSecrets}
          confirmLabel={`Replace the live secrets and ${verb.toLowerCase()}`}
          onConfirm={(confirmedOn) =>
            void form.handleSubmit((checked) => install.mutate({ checked, confirmedOn }))()
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {reviewed.isSpent && !isBusy ? (
        <p className="hub-warn" role="status">
          The releases changed since this preview: preview again before the next install.
        </p>
      ) : null}
      {reviewed.isOutdated ? (
        <p className="hub-warn" role="status">
          The form changed after this preview: preview again before installing.
        </p>
      ) : null}
      {[preview.error, install.error, rollback.error, helm.error].map((error) =>
        error ? (
          <p key={error.message} className="hub-bad" role="alert">
            {error.message}
          </p>
        ) : null,
      )}
      {helm.data?.problem ? <p className="hub-warn">{helm.data.problem}</p> : null}
      <LoadOutcome load={load} />
      {operation && isShown ? <HelmProgress operation={operation} /> : null}
      {preview.data && !reviewed.isSpent ? (
        <HelmPreviewReport preview={preview.data}>
          <PlanReport
            report={preview.data.plan}
            choices={reviewed.choices}
            onChoose={reviewed.choose}
          />
        </HelmPreviewReport>
      ) : null}
      {helm.data && helm.data.releases.length > 0 ? (
        <section className="hub-block" aria-labelledby="helm-history-title">
          <h4 id="helm-history-title">Release history</h4>
          <ReleaseHistory
            history={helm.data.history}
            releases={helm.data.releases}
            isBusy={isBusy}
            onRollback={(release, revision) => rollback.mutate({ release, revision })}
          />
        </section>
      ) : null}
    </section>
  );
}
