"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useFormState, useWatch } from "react-hook-form";

import { isHashPending } from "@/lib/schemas/sections/hashed-password";
import { usesBundledZot } from "@/lib/schemas/sections/registry";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { renderGkePreview } from "@/lib/targets/gke/render";

export type ValuesPreviewProps = { formId: string };

function hasPendingHash(config: GkeConfig): boolean {
  const registryUsers = usesBundledZot(config.registry.mode) ? config.registry.users : [];
  const users = [...config.identity.localUsers, ...registryUsers];
  return users.some(isHashPending);
}

/**
 * The values.yaml being built, beside the form. Rendering reads a deferred copy of the form, so
 * React keeps typing responsive and renders the preview when it has time.
 */
export function ValuesPreview({ formId }: ValuesPreviewProps) {
  const config = useWatch() as GkeConfig;
  const deferredConfig = useDeferredValue(config);
  const [isRevealed, setIsRevealed] = useState(false);
  const { isValid } = useFormState();
  const yaml = useMemo(
    () => renderGkePreview(deferredConfig, { revealSecrets: isRevealed }),
    [deferredConfig, isRevealed],
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
