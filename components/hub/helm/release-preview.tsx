"use client";

import { useId } from "react";

import {
  isRenderedNoChange,
  type ReleasePreview,
  type RenderedChange,
} from "@/lib/hub/helm-release";
import { describeRendered } from "@/lib/hub/rendered-objects";

import { ObjectDiffView } from "../object-diff-view";

export type ReleasePreviewListProps = { previews: readonly ReleasePreview[] };

type ChangeKind = RenderedChange["change"];

const GROUPS: { change: Exclude<ChangeKind, "unchanged">; title: string }[] = [
  { change: "create", title: "Created" },
  { change: "change", title: "Changed" },
  { change: "delete", title: "Deleted" },
];

function objectsCount(count: number): string {
  return `${count} ${count === 1 ? "object" : "objects"}`;
}

function ChangedObject({ change }: { change: RenderedChange }) {
  const name = describeRendered(change.ref);
  if (change.change !== "change") return <code>{name}</code>;
  const isShellOnly =
    change.diff.kind === "secret-keys" &&
    change.diff.keys.every((key) => key.change === "unchanged");
  return (
    <details className="helm-object">
      <summary>
        <code>{name}</code>
      </summary>
      {isShellOnly ? (
        <p>Its keys keep their values; its labels, annotations or type change.</p>
      ) : null}
      <ObjectDiffView diff={change.diff} />
    </details>
  );
}

function ReleaseState({ preview }: { preview: ReleasePreview }) {
  if (!preview.current) return <p>Not installed: installing creates the release.</p>;
  const { revision, status } = preview.current;
  return (
    <p>
      Deployed now: revision {revision}, <span className="helm-status">{status}</span>.
    </p>
  );
}

function OnePreview({ preview }: { preview: ReleasePreview }) {
  const unchanged = preview.changes.filter((change) => change.change === "unchanged").length;
  const headingId = useId();
  return (
    <section className="helm-release" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {preview.name} <span className="helm-chart">chart {preview.version}</span>
      </h4>
      <ReleaseState preview={preview} />
      {GROUPS.map(({ change, title }) => {
        const changes = preview.changes.filter((entry) => entry.change === change);
        if (changes.length === 0) return null;
        return (
          <div key={change} className={`helm-group helm-group-${change}`}>
            <h5>
              {title}: {objectsCount(changes.length)}
            </h5>
            <ul className="helm-objects" aria-label={`${title} by ${preview.name}`}>
              {changes.map((entry) => (
                <li key={describeRendered(entry.ref)}>
                  <ChangedObject change={entry} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {preview.hooks && preview.hooks.length > 0 ? (
        <div className="helm-group">
          <h5>Hooks Helm runs: {preview.hooks.length}</h5>
          <ul className="helm-objects" aria-label={`Hooks of ${preview.name}`}>
            {preview.hooks.map((hook) => (
              <li key={describeRendered(hook.ref)}>
                <code>{describeRendered(hook.ref)}</code> at {hook.events.join(", ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        {unchanged === preview.changes.length && preview.changes.length > 0
          ? `Every object stays as it is (${objectsCount(unchanged)}).`
          : `Unchanged: ${objectsCount(unchanged)}.`}
      </p>
    </section>
  );
}

/**
 * What installing or upgrading does to each release: every object its chart renders with the
 * configured values, against the deployed release's own manifest. Secrets show only their keys.
 */
export function ReleasePreviewList({ previews }: ReleasePreviewListProps) {
  return (
    <div className="helm-preview">
      {previews.length > 0 && isRenderedNoChange(previews) ? (
        <p className="hub-good" role="status">
          Nothing rendered changes: the values render exactly the objects already deployed. A
          changed value that changes nothing rendered still writes a new revision when you upgrade.
        </p>
      ) : null}
      {previews.map((preview) => (
        <OnePreview key={preview.name} preview={preview} />
      ))}
    </div>
  );
}
