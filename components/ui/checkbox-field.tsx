"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";

import { fieldId } from "./field-id";
import { useFieldController } from "./use-field-controller";

export type CheckboxFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  /** Told each change, for fields that must follow the box. */
  onToggle?: (isChecked: boolean) => void;
};

/** A yes/no setting, written to values.yaml as a real boolean. */
export function CheckboxField({ name, label, hint, onToggle }: CheckboxFieldProps) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useFieldController(name);
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
        onChange={(event) => {
          onChange(event.target.checked);
          onToggle?.(event.target.checked);
        }}
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
