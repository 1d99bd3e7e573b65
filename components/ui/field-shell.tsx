import type { ReactNode } from "react";

export type ControlAria = {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
};

export type FieldShellProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Something that works but may not do what the admin expects; shown until they change it. */
  warning?: string;
  /** A short tag beside the label, such as "derived" or "optional". */
  tag?: string;
  children: (aria: ControlAria) => ReactNode;
};

/** Label, control, hint and error of one field, wired together for assistive technology. */
export function FieldShell({ id, label, hint, error, warning, tag, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const tagId = tag ? `${id}-tag` : undefined;
  // The tag is read with the field, so a screen reader hears "generated" exactly while it shows.
  const describedBy = [tagId, errorId, warningId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field" data-invalid={error ? "" : undefined}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {tag ? (
          <span id={tagId} className="field-tag">
            {tag}
          </span>
        ) : null}
      </div>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {warning ? (
        <p id={warningId} className="field-warning">
          {warning}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
