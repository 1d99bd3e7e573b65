"use client";

import type { ObjectDiff } from "@/lib/hub/results";

import { ValuesDiffView } from "./values-diff-view";

const LINE_MARK = { add: "+", remove: "-", same: " " } as const;

/**
 * A diff as the admin reads it: a Secret's keys by change (never a value), values.yaml path by
 * path, or changed lines.
 */
export function ObjectDiffView({ diff }: { diff: ObjectDiff }) {
  if (diff.kind === "values") return <ValuesDiffView diff={diff} />;
  if (diff.kind === "secret-keys") {
    if (diff.keys.length === 0) return <p>No data.</p>;
    return (
      <ul className="hub-list" aria-label="Keys of the Secret">
        {diff.keys.map((key) => (
          <li key={key.key} className={`hub-key hub-key-${key.change}`}>
            <code>{key.key}</code>: {key.change}
          </li>
        ))}
      </ul>
    );
  }
  if (!diff.lines.some((line) => line.op !== "same")) return <p>No change.</p>;
  return (
    // Long lines scroll sideways: focusable, so the keyboard can scroll them too.
    <pre className="hub-diff" aria-label="Changed lines" tabIndex={0}>
      {diff.lines.map((line, index) => (
        <span key={index} className={`hub-diff-${line.op}`}>
          {`${LINE_MARK[line.op]} ${line.text}\n`}
        </span>
      ))}
    </pre>
  );
}
