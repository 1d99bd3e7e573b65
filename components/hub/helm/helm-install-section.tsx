"use client";

import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useMutation } from "@tanstack/react-query";

import { previewHelmInstallAction } from "@/lib/actions/preview-helm-install";
import { startHelmInstallAction } from "@/lib/actions/start-helm-install";
import { startHelmRollbackAction } from "@/lib/actions/start-helm-rollback";
import type { HelmReleaseName, RegistryCredentials } from "@/lib/hub/helm-release";
import type { ImportedValuesInput } from "@/lib/hub/hub-input";
import type { HubPreflightAnswer } from "@/lib/hub/hub-reads";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import { clusterName } from "@/lib/hub/results";
import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

import { unwrap } from "../hub-queries";
import { LoadFromClusterButton, LoadOutcome, type LoadFromCluster } from "../load-from-cluster";
import { chosenRefs, NO_CHOICES, withChoice } from "../ownership-choices";
import { PlanReport, type OwnershipChoices } from "../plan-report";
import { ReplaceSecretsConfirm } from "../replace-secrets-confirm";
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
  const config = useConfigWatch();
  const helm = useHubHelm(hubId);
  const [credentials, setCredentials] = useState(NO_CREDENTIALS);
  const [previewedFor, setPreviewedFor] = useState("");
  // Compared off the typing path: a configuration may embed logos.
  const deferredConfig = useDeferredValue(config);
  const currentInput = useMemo(
    () => JSON.stringify({ config: deferredConfig, imported }),
    [deferredConfig, imported],
  );
  const [choices, setChoices] = useState<OwnershipChoices>(NO_CHOICES);
  const [confirming, setConfirming] = useState(false);
  // Starting an install or a rollback spends the preview: the releases change under it.
  const [isPreviewSpent, setPreviewSpent] = useState(false);
  const install = useMutation({
    mutationFn: async ({
      checked,
      confirmedOn,
    }: {
      checked: TargetConfig;
      confirmedOn?: string;
    }) => {
      const entries = preview.data?.plan.entries ?? [];
      return unwrap(
        await startHelmInstallAction({
          config: checked,
          imported,
          planned: plannedObjectsOf(entries),
          adopt: chosenRefs(entries, choices.adopt),
          takeOver: chosenRefs(entries, choices.takeOver),
          ...(confirmedOn ? { confirmReplacingSecretsOn: confirmedOn } : {}),
          ...sentCredentials(credentials),
        }),
      );
    },
    onMutate: () => setConfirming(false),
    // A refused start wrote nothing (the server checks before writing): its preview still stands.
    onSuccess: () => setPreviewSpent(true),
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
      setPreviewSpent(true);
      void helm.refetch();
    },
  });
  const preview = useMutation({
    mutationFn: async (checked: TargetConfig) => {
      // The form's own values, as the watched copy holds them (the schema's output may differ).
      setPreviewedFor(JSON.stringify({ config: form.getValues(), imported }));
      install.reset();
      rollback.reset();
      setConfirming(false);
      setPreviewSpent(false);
      setChoices(NO_CHOICES);
      return unwrap(
        await previewHelmInstallAction({
          config: checked,
          imported,
          ...sentCredentials(credentials),
        }),
      );
    },
  });
  const operation = helm.data?.operation;
  const isRunning = operation?.state === "running";
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !isRunning) onFinished();
    wasRunning.current = isRunning;
  }, [isRunning, onFinished]);

  const isPreviewCurrent = preview.isSuccess && previewedFor === currentInput && !isPreviewSpent;
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
      <div className="hub-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={isBusy || isOtherOnHub}
          onClick={form.handleSubmit((checked) => preview.mutate(checked))}
        >
          {preview.isPending ? "Previewing…" : "Preview"}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={isBusy || !isPreviewCurrent || confirming}
          onClick={form.handleSubmit(startInstall)}
        >
          {install.isPending ? "Starting…" : `${verb} with Helm`}
        </button>
        {isOtherOnHub ? null : <LoadFromClusterButton load={load} />}
      </div>
      {confirming && isPreviewCurrent ? (
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
      {isPreviewSpent && !isBusy ? (
        <p className="hub-warn" role="status">
          The releases changed since this preview: preview again before the next install.
        </p>
      ) : null}
      {preview.isSuccess && !isPreviewSpent && !isPreviewCurrent ? (
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
      {operation ? <HelmProgress operation={operation} /> : null}
      {preview.data && !isPreviewSpent ? (
        <HelmPreviewReport preview={preview.data}>
          <PlanReport
            report={preview.data.plan}
            choices={choices}
            onChoose={(choice, ref, isChosen) =>
              setChoices(withChoice(choices, choice, ref, isChosen))
            }
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
