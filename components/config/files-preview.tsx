"use client";

import { useState } from "react";

import type { InstallFileName } from "@/lib/downloads/install-files";
import type { ImportedValues } from "@/lib/import/import-values";
import { hasPendingHash } from "@/lib/targets/pending-hashes";
import { RevealSecretsButton } from "@/components/ui/reveal-secrets-button";
import { useSettledConfig } from "@/components/hooks/use-settled-config";

import { DownloadButtons, type DownloadKind } from "./download-buttons";
import { PreviewLines } from "./preview-follow/preview-lines";
import { usePreviewFollow } from "./preview-follow/use-preview-follow";
import { useTargetForm } from "./target-context";
import { usePreview } from "./use-preview";

export type { DownloadKind } from "./download-buttons";

export type FilesPreviewProps = {
  formId: string;
  /** The values file the admin imported, which values.yaml is written into. */
  imported?: ImportedValues;
  /** A new form nobody has used yet: never valid, so it is not checked. */
  isUntouched: boolean;
  onDownload: (download: DownloadKind) => void;
};

/**
 * How long typing pauses before the preview renders again: longer than the gap between a steady
 * typist's keystrokes, so the preview follows each word, not each letter. Showing a large
 * configuration's new text keeps the page busy for longer than that gap; shown mid-word, it
 * delayed the next keystroke's paint (measured: the large audit user name's p95 went from about
 * 100 ms at 150 ms of pause to 40 at 400).
 */
const TYPING_PAUSE_MS = 400;

const FILES: readonly { name: InstallFileName; testId: string }[] = [
  { name: "values.yaml", testId: "values-preview" },
  { name: "secrets.yaml", testId: "secrets-preview" },
  { name: "install.sh", testId: "install-preview" },
];

/**
 * The install files being built, beside the form, one at a time. The file is rendered, and the
 * whole configuration checked, in a Web Worker, from the configuration read after a keystroke
 * was painted: a keystroke waits for neither.
 */
export function FilesPreview({ formId, imported, isUntouched, onDownload }: FilesPreviewProps) {
  const { id } = useTargetForm();
  const [config, isChanging] = useSettledConfig(TYPING_PAUSE_MS);
  const [shown, setShown] = useState<InstallFileName>("values.yaml");
  const [isRevealed, setIsRevealed] = useState(false);
  const { text, isValid, lines, isCurrent } = usePreview(
    id,
    { shown, config, revealSecrets: isRevealed, imported },
    !isUntouched,
  );
  // "Ready" is said only of the form as it is now, never of a preview a change has outrun.
  const status =
    isChanging || !isCurrent
      ? "Checking the latest changes…"
      : !isUntouched && hasPendingHash(config)
        ? "Computing password hashes…"
        : isValid
          ? "Ready to download."
          : "Some fields need attention before you can download.";
  const follow = usePreviewFollow(formId, text, lines, shown === "values.yaml");
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
      {text === "" ? (
        // The worker's first answer, with its YAML code, arrives a moment after the form.
        <p className="loading">Rendering {shown}…</p>
      ) : (
        <PreviewLines
          text={text}
          label={`${shown} preview`}
          testId={testId}
          highlighted={follow.highlighted}
          onPick={follow.pick}
        />
      )}
    </aside>
  );
}
