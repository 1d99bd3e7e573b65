"use client";

import { useId, useState } from "react";

import {
  HELM_RELEASES,
  isPendingStatus,
  type HelmReleaseName,
  type HelmReleaseState,
  type HelmRevision,
} from "@/lib/hub/helm-release";

import { RollbackConfirm } from "./rollback-confirm";
import { shownDate } from "./shown-date";

export type ReleaseHistoryProps = {
  /** Each release's revisions, as `helm history` lists them; a release not installed has none. */
  history: Partial<Record<HelmReleaseName, readonly HelmRevision[]>>;
  releases: readonly HelmReleaseState[];
  /** While a Helm operation runs, nothing else may start. */
  isBusy: boolean;
  onRollback: (release: HelmReleaseName, revision: number) => void;
};

type Asked = { release: HelmReleaseName; target: HelmRevision };

/** Where a rollback can go: a revision that was deployed, older than the release's latest. */
function isRollbackTarget(revision: HelmRevision, latest: number): boolean {
  return (
    revision.revision < latest &&
    (revision.status === "deployed" || revision.status === "superseded")
  );
}

function PendingNotice({
  state,
  target,
  isBusy,
  onAsk,
}: {
  state: HelmReleaseState;
  target: HelmRevision | undefined;
  isBusy: boolean;
  onAsk: (target: HelmRevision) => void;
}) {
  return (
    <div className="hub-notice" role="status">
      <p>
        {state.name} is stuck in <span className="helm-status">{state.status}</span> at revision{" "}
        {state.revision}: Helm left it mid-operation, and nothing else can change it until it is
        rolled back.
      </p>
      {target ? (
        <button
          type="button"
          className="button-primary"
          disabled={isBusy}
          onClick={() => onAsk(target)}
        >
          Roll back
        </button>
      ) : (
        <p>It has no earlier deployed revision to roll back to.</p>
      )}
    </div>
  );
}

function OneHistory({
  name,
  revisions,
  state,
  isBusy,
  onAsk,
}: {
  name: HelmReleaseName;
  revisions: readonly HelmRevision[];
  state: HelmReleaseState | undefined;
  isBusy: boolean;
  onAsk: (target: HelmRevision) => void;
}) {
  const headingId = useId();
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  const latest = state?.revision ?? newestFirst[0]?.revision ?? 0;
  const isPending = state ? isPendingStatus(state.status) : false;
  const pendingTarget = newestFirst.find((revision) => isRollbackTarget(revision, latest));
  return (
    <section className="helm-release" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      {state && isPending ? (
        <PendingNotice state={state} target={pendingTarget} isBusy={isBusy} onAsk={onAsk} />
      ) : null}
      {newestFirst.length === 0 ? (
        <p>Not installed.</p>
      ) : (
        <table className="hub-table helm-history" aria-label={`History of ${name}`}>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Chart</th>
              <th scope="col">Status</th>
              <th scope="col">Date</th>
              <th scope="col">Roll back</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((revision) => (
              <tr key={revision.revision}>
                <th scope="row" data-label="Revision">
                  {revision.revision}
                </th>
                <td data-label="Chart">{revision.chart}</td>
                <td data-label="Status">
                  <span className={`helm-status helm-status-${revision.status}`}>
                    {revision.status}
                  </span>
                </td>
                <td data-label="Date">
                  <time dateTime={revision.updated}>{shownDate(revision.updated)}</time>
                </td>
                <td>
                  {isRollbackTarget(revision, latest) ? (
                    <button
                      type="button"
                      className="button-small"
                      disabled={isBusy}
                      onClick={() => onAsk(revision)}
                    >
                      Roll back to revision {revision.revision}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Each release's history (revision, chart, status, date) with "Roll back to revision N" for each
 * older revision that was deployed, asked again in a dialog; a release Helm left in `pending-*`
 * is shown as stuck, with "Roll back" as the way out.
 */
export function ReleaseHistory({ history, releases, isBusy, onRollback }: ReleaseHistoryProps) {
  const [asked, setAsked] = useState<Asked | undefined>();
  const names = HELM_RELEASES.filter(
    (name) => name in history || releases.some((release) => release.name === name),
  );
  return (
    <div className="helm-history-list">
      {names.map((name) => (
        <OneHistory
          key={name}
          name={name}
          revisions={history[name] ?? []}
          state={releases.find((release) => release.name === name)}
          isBusy={isBusy}
          onAsk={(target) => setAsked({ release: name, target })}
        />
      ))}
      {asked ? (
        <RollbackConfirm
          release={asked.release}
          target={asked.target}
          isBusy={isBusy}
          onConfirm={() => {
            setAsked(undefined);
            onRollback(asked.release, asked.target.revision);
          }}
          onCancel={() => setAsked(undefined)}
        />
      ) : null}
    </div>
  );
}
