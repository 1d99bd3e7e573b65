"use client";

import { useMemo, useState } from "react";

import { GENERATED_BY_INSTALLER } from "@/lib/appliance-installer/installer-merge";
import { maskedFinalText } from "@/lib/appliance-installer/masked-final-text";
import { RevealSecretsButton } from "@/components/ui/reveal-secrets-button";
import { downloadFile } from "@/components/config/download";

/** The download's name says it is a merge with placeholders, not the appliance's real values. */
const MERGED_FILE_NAME = "merged-values-with-placeholders.yaml";

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
          aria-describedby="final-values-placeholders"
          onClick={() =>
            downloadFile(MERGED_FILE_NAME, finalText, "application/yaml;charset=utf-8")
          }
        >
          Download merged values (installer-generated values as placeholders)
        </button>
      </div>
      <p id="final-values-placeholders" className="field-hint placeholders-note">
        The values the installer generates on the appliance (credentials, Dex clients, registry
        settings, the Grafana and Prometheus URLs) are not known here: the file holds{" "}
        <code>{GENERATED_BY_INSTALLER}</code> in their place. It shows what Helm receives; it is not
        a file to install as it is.
      </p>
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
