"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useFormState, useWatch } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { hasPendingHash } from "@/lib/targets/pending-hashes";
import { renderPreview } from "@/lib/targets/render";

import { useTargetModule } from "./target-context";

export type ValuesPreviewProps = { formId: string };

/**
 * The values.yaml being built, beside the form. Rendering reads a deferred copy of the form, so
 * React keeps typing responsive and renders the preview when it has time.
 */
export function ValuesPreview({ formId }: ValuesPreviewProps) {
  const target = useTargetModule();
  const config = useWatch() as TargetConfig;
  const deferredConfig = useDeferredValue(config);
  const [isRevealed, setIsRevealed] = useState(false);
  const { isValid } = useFormState();
  const yaml = useMemo(
    () => renderPreview(target, deferredConfig, { revealSecrets: isRevealed }),
    [target, deferredConfig, isRevealed],
  );
  const status = hasPendingHash(config)
    ? "Computing password hashes…"
    : isValid
      ? "Ready to download."
      : "Some fields need attention before you can download.";

  return (
    <aside className="preview" aria-labelledby="preview-title">
      <div className="preview-toolbar">
        <h2 id="preview-title">values.yaml</h2>
        <button
          type="button"
          className="button-small"
          aria-pressed={isRevealed}
          onClick={() => setIsRevealed((shown) => !shown)}
        >
          {isRevealed ? "Mask secrets" : "Reveal secrets"}
        </button>
        <button type="submit" form={formId} className="button-primary">
          Download values.yaml
        </button>
      </div>
      <p className="preview-status" role="status">
        {status}
      </p>
      <pre
        className="preview-code"
        tabIndex={0}
        aria-label="values.yaml preview"
        data-testid="values-preview"
      >
        <code>{yaml}</code>
      </pre>
    </aside>
  );
}
