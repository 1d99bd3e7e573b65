"use client";

import type { ReactNode } from "react";
import { useController } from "react-hook-form";

import type { ConfigPath } from "./config-path";
import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";

export type SelectFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
};

/** A choice among a fixed list, bound to the surrounding form by path. */
export function SelectField({ name, label, hint, options }: SelectFieldProps) {
  const { field, fieldState } = useController({ name });
  return (
    <FieldShell id={fieldId(name)} label={label} hint={hint} error={fieldState.error?.message}>
      {(aria) => (
        <select
          {...aria}
          ref={field.ref}
          name={field.name}
          value={field.value as string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          className="input"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
