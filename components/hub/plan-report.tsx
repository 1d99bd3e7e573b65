"use client";

import { describeRef } from "@/lib/hub/object-ref";
import type { HubPlanReport, PlannedChange } from "@/lib/hub/results";

import { LiveValuesNotice } from "./live-values-notice";
import { ObjectDiffView } from "./object-diff-view";

const CHANGE_TEXT: Record<PlannedChange, string> = {
  create: "will be created",
  update: "will be changed",
  unchanged: "unchanged",
  failed: "cannot be applied",
};

/**
 * The dry run's answer: what it would replace of the hub's live values, then each object with
 * what applying would do to it.
 */
export function PlanReport({ report }: { report: HubPlanReport }) {
  return (
    <>
      {report.liveValues ? <LiveValuesNotice check={report.liveValues} /> : null}
      <table className="hub-table" aria-label="Plan">
        <thead>
          <tr>
            <th scope="col">Object</th>
            <th scope="col">Change</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {report.entries.map((entry) => (
            <tr key={describeRef(entry.ref)} className={`hub-change-${entry.change}`}>
              <th scope="row">{describeRef(entry.ref)}</th>
              <td>{CHANGE_TEXT[entry.change]}</td>
              <td>
                {entry.error ? <p className="hub-bad">{entry.error.message}</p> : null}
                {entry.note ? <p>{entry.note}</p> : null}
                {entry.diff ? <ObjectDiffView diff={entry.diff} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
