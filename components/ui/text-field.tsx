"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "./config-path";
import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";
import { useFieldController } from "./use-field-controller";

export type TextFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  tag?: string;
  warning?: string;
  placeholder?: string;
  inputMode?: "text" | "url" | "email";
  readOnly?: boolean;
};

/** A single-line text field bound to the surrounding form by path. */
export function TextField({
  name,
  label,
  hint,
  tag,
  placeholder,
  inputMode = "text",
  readOnly,
  warning,
}: TextFieldProps) {
  const { field, fieldState } = useFieldController(name);
  return (
    <FieldShell
      id={fieldId(name)}
      label={label}
      hint={hint}
      tag={tag}
      error={fieldState.error?.message}
      warning={warning}
    >
      {(aria) => (
        <input
          {...aria}
          ref={field.ref}
          name={field.name}
          value={(field.value as string | undefined) ?? ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
          className="input"
          type="text"
          inputMode={inputMode}
          placeholder={placeholder}
          readOnly={readOnly}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
        />
      )}
    </FieldShell>
  );
}
