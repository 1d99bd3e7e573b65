"use client";

import { useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { FormProvider, useForm } from "react-hook-form";

import { FormGeneration } from "@/lib/forms/generation";
import type { ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetSummary, type TargetId } from "@/lib/targets/catalog";
import { targetForm } from "@/lib/targets/forms";
import { loadTargetModule } from "@/lib/targets/load-module";
import { findPlaceholder } from "@/lib/validation/placeholders";
import type { TextProblem } from "@/lib/yaml/parse-untrusted";
import { FormGenerationProvider } from "@/components/hooks/form-generation";
import { FormUseContext } from "@/components/hooks/form-use";
import { ClusterFeaturesOff } from "@/components/hub/cluster-features-off";

import { disclosureStart, type BeforeLoad } from "./before-load";
import { CONFIG_FORM_ID } from "./config-form-id";
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
import type { FormStart } from "./form-start";
import { lazyResolver } from "./lazy-resolver";
import { NOT_LOADED } from "./not-loaded";
import { ProfileActions } from "./profile-actions";
import { useSecretLedger } from "./secret-ledger";
import { SectionNav } from "./section-nav";
import { showEveryError } from "./show-every-error";
import { TargetProvider } from "./target-context";
import { clearHandOff } from "./target-hand-off";
import { SwitchNotice, TargetSwitcher } from "./target-switcher";
import { TypedNotUsedNotice } from "./typed-not-used-notice";
import { forgetStoredDraft, useDraftAutosave } from "./use-draft-autosave";
import { useLeavePrompt } from "./use-leave-prompt";
import { useRestoredFile } from "./use-restored-file";
import { useTypedBeforeLoad } from "./use-typed-before-load";
import { useUnseenPasswordCheck } from "./use-unseen-password-check";
import { ValuesImport } from "./values-import";

/** Loaded only where the Easel server has cluster features on: elsewhere nobody needs its code. */
const HubPanel = dynamic(
  () => import("@/components/hub/hub-panel").then((loaded) => loaded.HubPanel),
  {
    ssr: false,
    loading: () => <p className="loading">Loading the cluster panel…</p>,
  },
);

/** Shown only beside an imported file: its code loads with the first one. */
const OldDomainPlaces = dynamic(
  () => import("./old-domain-places").then((loaded) => loaded.OldDomainPlaces),
  { ssr: false },
);

/** Shown only under a restored draft that kept its imported file. */
const RestoredFileNotice = dynamic(
  () => import("./restored-file-notice").then((loaded) => loaded.RestoredFileNotice),
  { ssr: false },
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

/**
 * The configuration form of one target and its live values.yaml preview. Runs only in the
 * browser. It loads with the form's parts only: the schema, the import and the install files'
 * code load when first needed.
 */
export function TargetConfigForm({
  targetId,
  clusterFeatures,
  start,
  beforeLoad,
}: TargetConfigFormProps & { start: FormStart; beforeLoad: BeforeLoad }) {
  const target = targetForm(targetId);
  useEffect(clearHandOff, []);
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);
  const [imported, setImported] = useState(start.file?.imported);
  const [downloadError, setDownloadError] = useState("");
  const [generation] = useState(() => new FormGeneration());
  // Leaving the page (a switch of target) makes whatever is still being computed for it stale.
  useEffect(() => () => generation.advance(), [generation]);
  const [checks] = useState(() => lazyResolver(targetId));
  const form = useForm<TargetConfig>({
    resolver: checks.resolver,
    defaultValues: start.defaults,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const typedNotUsed = useTypedBeforeLoad(form, beforeLoad);
  // A new form nobody has used yet is never valid (`test/untouched-form.test.ts`): the preview
  // checks the configuration only once the form is used, so the page loads no schema before.
  const [isUntouched, setIsUntouched] = useState(
    !start.restoredAt && !start.switched && beforeLoad.values.length === 0,
  );
  const markUsed = () => setIsUntouched(false);
  const restored = useRestoredFile(targetId, form, start.file, imported, setImported);
  const { isFileTooLarge } = useDraftAutosave(
    targetId,
    form,
    imported,
    restored.file?.stored.emptied,
  );
  const ledger = useSecretLedger();
  const { confirmDownload, passwordDialog } = useUnseenPasswordCheck(ledger);
  useLeavePrompt(form, ledger);

  async function importFile(
    name: string,
    text: string,
    configurationId?: string,
  ): Promise<TextProblem | undefined> {
    const isSameForm = generation.capture();
    const loaded = await Promise.all([
      import("@/lib/import/import-values"),
      loadTargetModule(targetId),
    ]).catch(() => undefined);
    if (!loaded) return { problem: NOT_LOADED };
    // Another import or profile filled the form while the import's code loaded: it is newer.
    if (!isSameForm()) return undefined;
    const [{ importValues }, module] = loaded;
    const result = importValues(module, name, text, form.getValues());
    if ("problem" in result) return result;
    // Loaded from the hub: the form becomes the configuration that applied those values.
    if (configurationId) result.config.configurationId = configurationId;
    generation.advance();
    form.reset(result.config);
    ledger.markKept(result.config, "values.yaml");
    setImported(result.imported);
    markUsed();
    restored.drop();
    // What the file lacks (a secret it does not hold) shows at once, not at download.
    void showEveryError(form);
    return undefined;
  }

  function loadProfile(config: TargetConfig) {
    setImported(undefined);
    markUsed();
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
    const loaded = await Promise.all([
      import("@/lib/downloads/install-files"),
      loadTargetModule(targetId),
    ]).catch(() => undefined);
    if (!loaded) {
      setDownloadError(NOT_LOADED);
      return;
    }
    const [{ buildInstallFiles }, module] = loaded;
    const files = buildInstallFiles(module, config, generatedAt, imported);
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
        setDownloadError(`The bundle could not be made. ${NOT_LOADED}`);
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
          <FormUseContext.Provider value={!isUntouched}>
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
            <TypedNotUsedNotice
              notUsed={typedNotUsed}
              source={
                start.switched
                  ? `the ${targetSummary(start.switched.from).shortName} configuration`
                  : "your draft"
              }
            />
            <ValuesImport
              imported={imported}
              isFileTooLarge={isFileTooLarge}
              onImport={importFile}
              onForget={() => setImported(undefined)}
              start={disclosureStart(beforeLoad, "import")}
            />
            {imported ? <OldDomainPlaces imported={imported} onReplace={setImported} /> : null}
            <ProfileActions
              targetId={targetId}
              onLoad={loadProfile}
              start={disclosureStart(beforeLoad, "profile")}
            />
            {/* Used once anything in it has the focus (a field, a preview tab, Reveal secrets) or
                a field changes without it (a script, an assistive tool). */}
            <div className="workspace" onFocus={markUsed} onChange={markUsed}>
              <DownloadBar formId={CONFIG_FORM_ID} onDownload={requestDownload} />
              <SectionNav formId={CONFIG_FORM_ID} />
              <form
                id={CONFIG_FORM_ID}
                className="config-form"
                noValidate
                onFocus={checks.preload}
                onSubmit={form.handleSubmit((config) =>
                  downloadInstallFiles("values.yaml", config),
                )}
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
              <FilesPreview
                formId={CONFIG_FORM_ID}
                imported={imported}
                isUntouched={isUntouched}
                onDownload={requestDownload}
              />
            </div>
            {clusterFeatures ? (
              <HubPanel
                imported={imported && importedInput(imported)}
                onLoad={async (loaded) =>
                  (await importFile(HUB_VALUES_NAME, loaded.text, loaded.configurationId))?.problem
                }
              />
            ) : (
              <ClusterFeaturesOff />
            )}
            {passwordDialog}
          </FormUseContext.Provider>
        </FormProvider>
      </FormGenerationProvider>
    </TargetProvider>
  );
}
