"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";

import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";
import { useFieldController } from "./use-field-controller";

export type NumberFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  min: number;
  max: number;
};

/**
 * A whole number bound to the surrounding form by path, kept as a number; an empty or unreadable
 * entry is kept as NaN, which the schema refuses at the field.
 */
export function NumberField({ name, label, hint, min, max }: NumberFieldProps) {
  const { field, fieldState } = useFieldController(name);
  const value = field.value as number | null | undefined;
  return (
    <FieldShell id={fieldId(name)} label={label} hint={hint} error={fieldState.error?.message}>
      {(aria) => (
        <input
          {...aria}
          ref={field.ref}
          name={field.name}
          value={typeof value === "number" && !Number.isNaN(value) ? String(value) : ""}
          onChange={(event) => field.onChange(event.target.valueAsNumber)}
          onBlur={field.onBlur}
          className="input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          autoComplete="off"
        />
      )}
    </FieldShell>
  );
}
