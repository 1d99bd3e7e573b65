"use client";

import { useEffect, useRef } from "react";
import { useFormState } from "react-hook-form";

import { flattenErrors } from "@/lib/forms/flatten-errors";
import { fieldId } from "@/components/ui/field-id";

/** The label of the control for `path`, read from the page so the summary says what the form says. */
function labelOf(path: string): string {
  const control = document.getElementById(fieldId(path));
  const label =
    control instanceof HTMLInputElement || control instanceof HTMLSelectElement
      ? control.labels?.[0]
      : null;
  const legend = control?.closest("fieldset.list-fieldset")?.querySelector("legend")?.textContent;
  if (!label) {
    // A list's own error (not on the page yet while the summary renders), or a status line:
    // named by the group it belongs to.
    const list = document.querySelector(`fieldset[data-list="${CSS.escape(path)}"]`);
    return list?.querySelector("legend")?.textContent ?? legend ?? path;
  }
  return legend ? `${legend}: ${label.textContent}` : (label.textContent ?? path);
}

function focusField(path: string) {
  const control = document.getElementById(fieldId(path));
  control?.focus();
  control?.scrollIntoView({ block: "center" });
}

/**
 * After a refused download, lists every problem with a link to its field. It takes focus so that
 * keyboard and screen-reader users land on it.
 */
export function ErrorSummary() {
  const { errors, submitCount, isSubmitSuccessful } = useFormState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const problems = flattenErrors(errors);
  const isShown = submitCount > 0 && !isSubmitSuccessful && problems.length > 0;

  useEffect(() => {
    if (isShown) headingRef.current?.focus();
  }, [isShown, submitCount]);

  if (!isShown) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" ref={headingRef} tabIndex={-1}>
        Fix {problems.length === 1 ? "this problem" : `these ${problems.length} problems`} to
        download values.yaml
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <a
              href={`#${fieldId(problem.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.path);
              }}
            >
              {labelOf(problem.path)}
            </a>
            : {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
