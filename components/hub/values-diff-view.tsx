"use client";

import { secretsCount, type ValuesDiff, type ValuesPathChange } from "@/lib/hub/results";

/** What applying does to one path: a credential's change alone, a setting's with its values. */
export function valuesChangeText(change: ValuesPathChange): string {
  if (change.isSecret) return change.change;
  if (change.change === "added") return `added: ${change.after ?? ""}`;
  if (change.change === "removed") return `removed (was ${change.before ?? ""})`;
  return `${change.before ?? ""} → ${change.after ?? ""}`;
}

function ChangeList({ changes, label }: { changes: readonly ValuesPathChange[]; label: string }) {
  return (
    <ul className="hub-list hub-values" aria-label={label}>
      {changes.map((change) => (
        <li
          key={change.path}
          className={`hub-key hub-key-${change.change}${change.isSecret ? " hub-key-secret" : ""}`}
        >
          <code>{change.path}</code>: {valuesChangeText(change)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The values Secret's diff: values.yaml chart path by chart path, as the server compared it with
 * the hub's file. Credentials show only whether they change; the server never sent their values.
 */
export function ValuesDiffView({ diff }: { diff: ValuesDiff }) {
  if (diff.problem) {
    return (
      <p className="hub-warn">
        <code>{diff.key}</code>: changed. {diff.problem}
      </p>
    );
  }
  if (!diff.isOnHub) {
    return (
      <>
        <p>
          <code>{diff.key}</code>: added ({diff.changes.length} paths)
        </p>
        <details>
          <summary>Paths inside {diff.key}</summary>
          <ChangeList changes={diff.changes} label={`Paths inside ${diff.key}`} />
        </details>
      </>
    );
  }
  const changed = diff.changes.filter((change) => change.change !== "unchanged");
  const kept = diff.changes.filter((change) => change.change === "unchanged");
  return (
    <>
      {changed.length === 0 ? (
        <p>
          <code>{diff.key}</code>: no change.
        </p>
      ) : (
        <ChangeList changes={changed} label={`Changes inside ${diff.key}`} />
      )}
      {kept.length > 0 ? (
        <details>
          <summary>{secretsCount(kept.length)} that stay as they are</summary>
          <ChangeList changes={kept} label={`Unchanged secrets inside ${diff.key}`} />
        </details>
      ) : null}
    </>
  );
}
