"use client";

import type { HubValuesOrigin } from "@/lib/hub/results";

import { originText } from "./live-values-notice";

export type OtherConfigurationWarningProps = {
  origin: HubValuesOrigin;
  isLoading: boolean;
  onLoad: () => void;
  /** The words of going ahead without loading: the path's own first step. */
  anywayLabel?: string;
  onPlanAnyway: () => void;
};

/**
 * Before planning over values another configuration applied: loading them first is offered, so
 * nobody replaces a running install's secrets and users by accident. Planning stays possible.
 */
export function OtherConfigurationWarning({
  origin,
  isLoading,
  onLoad,
  anywayLabel = "Plan this configuration anyway",
  onPlanAnyway,
}: OtherConfigurationWarningProps) {
  return (
    <div className="hub-notice" role="region" aria-labelledby="other-configuration-title">
      <h4 id="other-configuration-title">The hub runs another configuration</h4>
      <p>
        Its values came from {originText(origin)}, not from this form. Applying this configuration
        would replace them, with every secret Easel generated and the local users&apos; password
        hashes in use there. To edit what the hub runs, load it from the cluster first.
      </p>
      <div className="hub-actions">
        <button type="button" className="button-primary" disabled={isLoading} onClick={onLoad}>
          {isLoading ? "Loading…" : "Load from cluster"}
        </button>
        <button type="button" className="button-secondary" onClick={onPlanAnyway}>
          {anywayLabel}
        </button>
      </div>
    </div>
  );
}
