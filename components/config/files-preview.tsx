"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useFormState } from "react-hook-form";

import type { InstallFileName } from "@/lib/downloads/install-files";
import { previewInstallScript, previewSecretsFile } from "@/lib/downloads/preview-files";
import { renderOverImported, type ImportedValues } from "@/lib/import/import-values";
import { hasPendingHash } from "@/lib/targets/pending-hashes";
import { previewConfig, renderPreview } from "@/lib/targets/values-file";
import { RevealSecretsButton } from "@/components/ui/reveal-secrets-button";
import { useConfigWatch } from "@/components/hooks/config-form";

import { DownloadButtons, type DownloadKind } from "./download-buttons";
import { PreviewLines } from "./preview-follow/preview-lines";
import { usePreviewFollow } from "./preview-follow/use-preview-follow";
import { useTargetModule } from "./target-context";

export type { DownloadKind } from "./download-buttons";

export type FilesPreviewProps = {
  formId: string;
  /** The values file the admin imported, which values.yaml is written into. */
  imported?: ImportedValues;
  onDownload: (download: DownloadKind) => void;
};

const FILES: readonly { name: InstallFileName; testId: string }[] = [
  { name: "values.yaml", testId: "values-preview" },
  { name: "secrets.yaml", testId: "secrets-preview" },
  { name: "install.sh", testId: "install-preview" },
];

/**
 * The install files being built, beside the form, one at a time. Rendering reads a deferred copy
 * of the form, so React keeps typing responsive and renders the preview when it has time.
 */
export function FilesPreview({ formId, imported, onDownload }: FilesPreviewProps) {
  const target = useTargetModule();
  const config = useConfigWatch();
  const deferredConfig = useDeferredValue(config);
  const [shown, setShown] = useState<InstallFileName>("values.yaml");
  const [isRevealed, setIsRevealed] = useState(false);
  const { isValid } = useFormState();
  const text = useMemo(() => {
    const options = { revealSecrets: isRevealed };
    if (shown === "secrets.yaml") return previewSecretsFile(deferredConfig, options);
    if (shown === "install.sh") return previewInstallScript(target, deferredConfig);
    if (!imported) return renderPreview(target, deferredConfig, options);
    return renderOverImported(imported, target.buildValues(previewConfig(deferredConfig, options)));
  }, [target, deferredConfig, isRevealed, shown, imported]);
  const status = hasPendingHash(config)
    ? "Computing password hashes…"
    : isValid
      ? "Ready to download."
      : "Some fields need attention before you can download.";
  const follow = usePreviewFollow(formId, text, shown === "values.yaml");
  const testId = FILES.find((file) => file.name === shown)?.testId;

  return (
    <aside className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="visually-hidden">
        Install files
      </h2>
      <div className="preview-tabs" role="group" aria-label="File shown">
        {FILES.map((file) => (
          <button
            key={file.name}
            type="button"
            className="preview-tab"
            aria-pressed={shown === file.name}
            onClick={() => setShown(file.name)}
          >
            {file.name}
          </button>
        ))}
      </div>
      <div className="preview-toolbar">
        <RevealSecretsButton
          isRevealed={isRevealed}
          onToggle={() => setIsRevealed((revealed) => !revealed)}
        />
        <DownloadButtons formId={formId} onDownload={onDownload} />
      </div>
      <p className="preview-status" role="status">
        {status}
      </p>
      <PreviewLines
        text={text}
        label={`${shown} preview`}
        testId={testId}
        highlighted={follow.highlighted}
        onPick={follow.pick}
      />
    </aside>
  );
}
