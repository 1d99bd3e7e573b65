"use client";

import { describeRef, type ObjectRef } from "@/lib/hub/object-ref";
import type { HubPlanReport, PlanEntry, PlannedChange } from "@/lib/hub/results";

import { LiveValuesNotice } from "./live-values-notice";
import { ObjectDiffView } from "./object-diff-view";
import { AdoptChoice, TakeOverChoice } from "./ownership-choice";

const CHANGE_TEXT: Record<PlannedChange, string> = {
  create: "will be created",
  update: "will be changed",
  unchanged: "unchanged",
  failed: "cannot be applied",
  foreign: "not made by Easel",
  exists: "exists, left as is",
  conflict: "fields owned by others",
};

/** Which objects the admin chose to adopt or take over, by `describeRef`. */
export type OwnershipChoices = { adopt: ReadonlySet<string>; takeOver: ReadonlySet<string> };

export type PlanReportProps = {
  report: HubPlanReport;
  choices: OwnershipChoices;
  onChoose: (choice: keyof OwnershipChoices, ref: ObjectRef, isChosen: boolean) => void;
};

function EntryDetails({
  entry,
  choices,
  onChoose,
}: { entry: PlanEntry } & Omit<PlanReportProps, "report">) {
  const name = describeRef(entry.ref);
  if (entry.change === "foreign") {
    return (
      <AdoptChoice
        name={name}
        isChosen={choices.adopt.has(name)}
        onChange={(isChosen) => onChoose("adopt", entry.ref, isChosen)}
      />
    );
  }
  if (entry.change === "exists") {
    return <p>It was not made by Easel: Easel uses it as it is and never changes it.</p>;
  }
  return (
    <>
      {entry.error ? <p className="hub-bad">{entry.error.message}</p> : null}
      {entry.conflict ? (
        <TakeOverChoice
          name={name}
          conflict={entry.conflict}
          isChosen={choices.takeOver.has(name)}
          onChange={(isChosen) => onChoose("takeOver", entry.ref, isChosen)}
        />
      ) : null}
      {entry.note ? <p>{entry.note}</p> : null}
      {entry.diff ? <ObjectDiffView diff={entry.diff} /> : null}
    </>
  );
}

/**
 * The dry run's answer: what it would replace of the hub's live values, then each object with
 * what applying would do to it, and the choices to adopt objects Easel did not make or take over
 * fields other managers own.
 */
export function PlanReport({ report, choices, onChoose }: PlanReportProps) {
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
                <EntryDetails entry={entry} choices={choices} onChoose={onChoose} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
