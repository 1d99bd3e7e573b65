"use client";

import { useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";

import { buildInstallFiles } from "@/lib/downloads/install-files";
import { restoreDraft, type RestoredFile } from "@/lib/drafts/draft";
import { FormGeneration } from "@/lib/forms/generation";
import { importValues, type ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { switchTarget, type SwitchedConfig } from "@/lib/targets/switch-target";
import { findPlaceholder } from "@/lib/validation/placeholders";
import { FormGenerationProvider } from "@/components/hooks/form-generation";
import { ClusterFeaturesOff } from "@/components/hub/cluster-features-off";

import { downloadFile } from "./download";
import { DownloadBar } from "./download-bar";
import { DraftNotice } from "./draft-notice";
import { ErrorSummary } from "./error-summary";
import { CanvasFields } from "./fields/canvas-fields";
import { FleetFields } from "./fields/fleet-fields";
import { GlobalFields } from "./fields/global-fields";
import { IdentityFields } from "./fields/identity-fields";
import { IngressFields } from "./fields/ingress-fields";
import { InstallFields } from "./fields/install-fields";
import { InstallerManagedSection } from "./fields/installer-managed-section";
import { IntegrationsFields } from "./fields/integrations-fields";
import { RegistryFields } from "./fields/registry-fields";
import { RequiredFields } from "./fields/required-fields";
import { FilesPreview, type DownloadKind } from "./files-preview";
import { OldDomainPlaces } from "./old-domain-places";
import { ProfileActions } from "./profile-actions";
import { RestoredFileNotice } from "./restored-file-notice";
import { useSecretLedger } from "./secret-ledger";
import { SectionNav } from "./section-nav";
import { showEveryError } from "./show-every-error";
import { TargetProvider } from "./target-context";
import { clearHandOff, peekHandOff } from "./target-hand-off";
import { SwitchNotice, TargetSwitcher } from "./target-switcher";
import { forgetStoredDraft, readStoredDraft, useDraftAutosave } from "./use-draft-autosave";
import { useLeavePrompt } from "./use-leave-prompt";
import { useRestoredFile } from "./use-restored-file";
import { useUnseenPasswordCheck } from "./use-unseen-password-check";
import { ValuesImport } from "./values-import";

const FORM_ID = "target-config-form";

/** Loaded only where the Easel server has cluster features on: elsewhere nobody needs its code. */
const HubPanel = dynamic(
  () => import("@/components/hub/hub-panel").then((loaded) => loaded.HubPanel),
  {
    ssr: false,
    loading: () => <p className="loading">Loading the cluster panel…</p>,
  },
);

/** The name the values read back from the hub are shown under. */
const HUB_VALUES_NAME = "values.yaml from the hub";

/** What the server needs of an imported file to write the form's edits into it again. */
function importedInput({ text, baseline, alignments }: ImportedValues) {
  return {
    text,
    baseline: baseline as Record<string, unknown>,
    alignments: alignments.map((item) => ({ ...item, path: [...item.path] })),
  };
}

const DOWNLOAD_TYPES = {
  "values.yaml": "application/yaml;charset=utf-8",
  "secrets.yaml": "application/yaml;charset=utf-8",
  "install.sh": "text/x-shellscript;charset=utf-8",
} as const;

export type TargetConfigFormProps = {
  targetId: TargetId;
  /** Whether the Easel server had cluster features on when it served the page. */
  clusterFeatures: boolean;
};

type Start = {
  defaults: TargetConfig;
  switched?: SwitchedConfig & { from: TargetId };
  /** When the draft the form starts from was saved. */
  restoredAt?: Date;
  /** The imported file the draft kept, without its secrets. */
  file?: RestoredFile;
};

/** The configuration form of one target and its live values.yaml preview. Runs only in the browser. */
export function TargetConfigForm({ targetId, clusterFeatures }: TargetConfigFormProps) {
  const target = targetModule(targetId);
  // Generated here, in the browser, so no secret ever travels in the page's HTML. A configuration
  // handed over by the target switcher replaces the defaults wherever it still applies.
  const [start] = useState<Start>(() => {
    const from = peekHandOff();
    if (from && from.target !== targetId) {
      const switched = switchTarget(from, target);
      return { defaults: switched.config, switched: { ...switched, from: from.target } };
    }
    const draft = restoreDraft(target, readStoredDraft(targetId));
    if (draft) return { defaults: draft.config, restoredAt: draft.savedAt, file: draft.file };
    return { defaults: target.createDefaults() };
  });
  useEffect(clearHandOff, []);
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);
  const [imported, setImported] = useState(start.file?.imported);
  const [downloadError, setDownloadError] = useState("");
  const [generation] = useState(() => new FormGeneration());
  // Leaving the page (a switch of target) makes whatever is still being computed for it stale.
  useEffect(() => () => generation.advance(), [generation]);
  const form = useForm<TargetConfig>({
    resolver: zodResolver(target.schema),
    defaultValues: start.defaults,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const restored = useRestoredFile(target, form, start.file, imported, setImported);
  const { isFileTooLarge } = useDraftAutosave(
    targetId,
    form,
    imported,
    restored.file?.stored.emptied,
  );
  const ledger = useSecretLedger();
  const { confirmDownload, passwordDialog } = useUnseenPasswordCheck(ledger);
  useLeavePrompt(form, ledger);

  function importFile(name: string, text: string, configurationId?: string) {
    const result = importValues(target, name, text, form.getValues());
    if ("problem" in result) return result;
    // Loaded from the hub: the form becomes the configuration that applied those values.
    if (configurationId) result.config.configurationId = configurationId;
    generation.advance();
    form.reset(result.config);
    ledger.markKept(result.config, "values.yaml");
    setImported(result.imported);
    restored.drop();
    // What the file lacks (a secret it does not hold) shows at once, not at download.
    void showEveryError(form);
    return undefined;
  }

  function loadProfile(config: TargetConfig) {
    setImported(undefined);
    generation.advance();
    form.reset(config);
    void showEveryError(form);
  }

  function startOver() {
    forgetStoredDraft(targetId);
    setImported(undefined);
    setRestoredAt(undefined);
    generation.advance();
    form.reset(target.createDefaults());
  }

  /** Builds the install files from the checked configuration and downloads the one asked for. */
  async function downloadInstallFiles(download: DownloadKind, config: TargetConfig) {
    const generatedAt = new Date();
    const files = buildInstallFiles(target, config, generatedAt, imported);
    const placeholder = findPlaceholder(files["values.yaml"]);
    if (placeholder) {
      setDownloadError(
        `values.yaml still contains the docs placeholder "${placeholder}"; replace it before downloading.`,
      );
      return;
    }
    setDownloadError("");
    if (!(await confirmDownload(config))) return;
    if (download === "bundle") {
      // The zip library loads on the first bundle asked for, not with the form.
      const bundle = await import("@/lib/downloads/install-bundle").catch(() => undefined);
      if (!bundle) {
        setDownloadError("The bundle could not be made: Easel did not answer. Try again.");
        return;
      }
      const readme = bundle.buildInstallReadme(config, generatedAt);
      const zip = bundle.zipInstallFiles(files, readme, generatedAt);
      downloadFile(`paletteai-${targetId}-install.zip`, zip, "application/zip");
    } else {
      downloadFile(download, files[download], DOWNLOAD_TYPES[download]);
    }
    ledger.markKept(config, download);
  }
  const requestDownload = (download: DownloadKind) =>
    form.handleSubmit((config) => downloadInstallFiles(download, config))();

  return (
    <TargetProvider target={target}>
      <FormGenerationProvider generation={generation}>
        <FormProvider {...form}>
          <p className="lead">{target.copy.lead}</p>
          <TargetSwitcher current={targetId} />
          {start.switched ? <SwitchNotice {...start.switched} to={targetId} /> : null}
          {restoredAt ? (
            <DraftNotice
              savedAt={restoredAt}
              onStartOver={startOver}
              fileName={start.file?.stored.name}
            >
              <RestoredFileNotice restored={restored} />
            </DraftNotice>
          ) : null}
          <ValuesImport
            imported={imported}
            isFileTooLarge={isFileTooLarge}
            onImport={importFile}
            onForget={() => setImported(undefined)}
          />
          {imported ? <OldDomainPlaces imported={imported} onReplace={setImported} /> : null}
          <ProfileActions targetId={targetId} onLoad={loadProfile} />
          <div className="workspace">
            <DownloadBar formId={FORM_ID} onDownload={requestDownload} />
            <SectionNav formId={FORM_ID} />
            <form
              id={FORM_ID}
              className="config-form"
              noValidate
              onSubmit={form.handleSubmit((config) => downloadInstallFiles("values.yaml", config))}
              aria-label={target.copy.formLabel}
            >
              <ErrorSummary />
              {downloadError ? (
                <p className="error-summary" role="alert">
                  {downloadError}
                </p>
              ) : null}
              <RequiredFields />
              <GlobalFields />
              <FleetFields />
              <CanvasFields />
              <IngressFields />
              <IdentityFields />
              <RegistryFields />
              <IntegrationsFields />
              <InstallFields />
              <InstallerManagedSection />
            </form>
            <FilesPreview formId={FORM_ID} imported={imported} onDownload={requestDownload} />
          </div>
          {clusterFeatures ? (
            <HubPanel
              imported={imported && importedInput(imported)}
              onLoad={(loaded) =>
                importFile(HUB_VALUES_NAME, loaded.text, loaded.configurationId)?.problem
              }
            />
          ) : (
            <ClusterFeaturesOff />
          )}
          {passwordDialog}
        </FormProvider>
      </FormGenerationProvider>
    </TargetProvider>
  );
}
