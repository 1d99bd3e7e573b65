"use client";

import { describeRef } from "@/lib/hub/object-ref";
import type { ApplyOutcome, HubApplyReport } from "@/lib/hub/results";

const OUTCOME_TEXT: Record<ApplyOutcome, string> = {
  created: "created",
  configured: "configured",
  unchanged: "unchanged",
  failed: "failed",
  skipped: "not attempted",
};

/** What applying did, object by object, and what is left to run without Flux. */
export function ApplyReport({ report }: { report: HubApplyReport }) {
  const failed = report.entries.filter((entry) => entry.outcome === "failed").length;
  return (
    <div className="hub-block">
      <p role="status">
        {failed === 0
          ? `Applied: all ${report.entries.length} objects are as planned.`
          : `${failed} of ${report.entries.length} objects failed; applying again retries them.`}
      </p>
      <table className="hub-table" aria-label="Apply results">
        <thead>
          <tr>
            <th scope="col">Object</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {report.entries.map((entry) => (
            <tr key={describeRef(entry.ref)} className={`hub-outcome-${entry.outcome}`}>
              <th scope="row">{describeRef(entry.ref)}</th>
              <td>
                {OUTCOME_TEXT[entry.outcome]}
                {entry.error ? <span className="hub-bad"> — {entry.error.message}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.finishCommands.length > 0 ? (
        <FinishCommands commands={report.finishCommands} />
      ) : null}
    </div>
  );
}

function FinishCommands({ commands }: { commands: readonly string[] }) {
  return (
    <>
      <p>The hub does not serve Flux, so finish the install with these commands:</p>
      <pre className="hub-diff" aria-label="Commands to finish the install">
        {commands.join("\n")}
      </pre>
    </>
  );
}
