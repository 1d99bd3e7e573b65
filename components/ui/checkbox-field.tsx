"use client";

import type { ReactNode } from "react";
import { useController } from "react-hook-form";

import type { ConfigPath } from "./config-path";
import { fieldId } from "./field-id";

export type CheckboxFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
};

/** A yes/no setting, written to values.yaml as a real boolean. */
export function CheckboxField({ name, label, hint }: CheckboxFieldProps) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController({ name });
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        ref={ref}
        name={fieldName}
        type="checkbox"
        checked={Boolean(value)}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={onBlur}
        aria-describedby={hintId}
      />
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
