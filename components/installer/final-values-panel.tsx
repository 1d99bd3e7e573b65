"use client";

import { useMemo, useState } from "react";

import { downloadFile } from "@/components/config/download";
import { maskedFinalText } from "@/lib/installer/secret-values";
import { RevealSecretsButton } from "@/components/ui/reveal-secrets-button";

export type FinalValuesPanelProps = { finalText: string; finalValues: unknown };

/** The values Helm receives, each installer-set line marked; credentials masked until revealed. */
export function FinalValuesPanel({ finalText, finalValues }: FinalValuesPanelProps) {
  const [isRevealed, setIsRevealed] = useState(false);
  const shown = useMemo(
    () => (isRevealed ? finalText : maskedFinalText(finalText, finalValues)),
    [finalText, finalValues, isRevealed],
  );
  return (
    <section aria-labelledby="final-values-title">
      <h2 id="final-values-title">What Helm receives</h2>
      <div className="preview-toolbar">
        <RevealSecretsButton
          isRevealed={isRevealed}
          onToggle={() => setIsRevealed((revealed) => !revealed)}
        />
        <button
          type="button"
          className="button-primary"
          onClick={() =>
            downloadFile("final-values.yaml", finalText, "application/yaml;charset=utf-8")
          }
        >
          Download final values.yaml
        </button>
      </div>
      <pre
        className="preview-code"
        tabIndex={0}
        aria-label="Final values.yaml"
        data-testid="final-values"
      >
        <code>{shown}</code>
      </pre>
    </section>
  );
}
