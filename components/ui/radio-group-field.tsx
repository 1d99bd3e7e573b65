"use client";

import type { ReactNode } from "react";
import { useController } from "react-hook-form";

import type { ConfigPath } from "@/components/hooks/config-path";

import { fieldId } from "./field-id";

export type RadioOption = {
  value: string;
  label: string;
  description?: ReactNode;
  /** An option that cannot be chosen now; its description says why. */
  disabled?: boolean;
};

export type RadioGroupFieldProps = {
  name: ConfigPath;
  legend: string;
  options: readonly RadioOption[];
  /** Called once the form holds a new choice, for what follows from it (other fields set). */
  onChosen?: (value: string) => void;
};

/** One choice among a few, each explained, as a native radio group under its legend. */
export function RadioGroupField({ name, legend, options, onChosen }: RadioGroupFieldProps) {
  const { field } = useController({ name });
  const id = fieldId(name);
  return (
    <fieldset className="subsection radio-group">
      <legend>{legend}</legend>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const descriptionId = option.description ? `${optionId}-description` : undefined;
        return (
          <div key={option.value} className="radio-option">
            <input
              id={optionId}
              ref={index === 0 ? field.ref : undefined}
              type="radio"
              name={field.name}
              value={option.value}
              checked={field.value === option.value}
              disabled={option.disabled}
              onChange={() => {
                field.onChange(option.value);
                onChosen?.(option.value);
              }}
              onBlur={field.onBlur}
              aria-describedby={descriptionId}
            />
            <label htmlFor={optionId} className="field-label">
              {option.label}
            </label>
            {option.description ? (
              <p id={descriptionId} className="field-hint">
                {option.description}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
