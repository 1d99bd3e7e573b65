"use client";

import { describeRef } from "@/lib/hub/object-ref";
import { boundaryText, type WriteBoundaryReport } from "@/lib/hub/write-boundary";

/** Preflight's line on where this Easel server may write, and the form's objects outside it. */
export function WriteBoundaryFacts({ report }: { report: WriteBoundaryReport }) {
  const { boundary, refused } = report;
  return (
    <>
      <dt>Namespaces Easel may write to</dt>
      <dd>
        <span className={boundary.kind === "misconfigured" ? "hub-bad" : undefined}>
          {boundaryText(boundary)}
        </span>
        {refused.length > 0 ? (
          <>
            <span className="hub-bad">
              {" "}
              Easel neither checks nor writes these objects of the form:
            </span>
            <ul className="hub-list">
              {refused.map((ref) => (
                <li key={describeRef(ref)}>{describeRef(ref)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </dd>
    </>
  );
}
