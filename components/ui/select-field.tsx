"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";

import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";
import { useFieldController } from "./use-field-controller";

export type SelectFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  /** Stores the choice as a number (the options' values are numerals). */
  isNumeric?: boolean;
};

/** A choice among a fixed list, bound to the surrounding form by path. */
export function SelectField({ name, label, hint, options, isNumeric }: SelectFieldProps) {
  const { field, fieldState } = useFieldController(name);
  return (
    <FieldShell id={fieldId(name)} label={label} hint={hint} error={fieldState.error?.message}>
      {(aria) => (
        <select
          {...aria}
          ref={field.ref}
          name={field.name}
          value={String((field.value as string | number | undefined) ?? "")}
          onChange={(event) =>
            field.onChange(isNumeric ? Number(event.target.value) : event.target.value)
          }
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
