"use client";

import { describeRef } from "@/lib/hub/object-ref";
import type { ApplyOutcome, HubApplyReport } from "@/lib/hub/results";

const OUTCOME_TEXT: Record<ApplyOutcome, string> = {
  created: "created",
  configured: "configured",
  unchanged: "unchanged",
  failed: "failed",
  skipped: "not attempted",
  adopted: "adopted: now Easel's",
  "not-owned": "skipped",
  "left-as-is": "exists, left as is",
};

/** What applying did, object by object, and what is left to run without Flux. */
export function ApplyReport({ report }: { report: HubApplyReport }) {
  const failed = report.entries.filter((entry) => entry.outcome === "failed").length;
  const untouched = report.entries.filter((entry) => entry.outcome === "not-owned").length;
  const total = report.entries.length;
  return (
    <div className="hub-block">
      <p role="status">
        {failed > 0
          ? `${failed} of ${total} objects failed; plan again to see why and retry them.`
          : untouched > 0
            ? `Applied, except ${untouched} of ${total} objects not made by Easel, left untouched.`
            : `Applied: all ${total} objects are as planned.`}
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
                {entry.note ? <span> — {entry.note}</span> : null}
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
      {/* Long commands scroll sideways: focusable, so the keyboard can scroll them too. */}
      <pre className="hub-diff" aria-label="Commands to finish the install" tabIndex={0}>
        {commands.join("\n")}
      </pre>
    </>
  );
}
