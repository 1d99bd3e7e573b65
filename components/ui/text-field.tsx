"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";

import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";
import { shownTag } from "./shown-tag";
import { TEXT_INPUT_ATTRIBUTES } from "./text-input-attributes";
import { useFieldController } from "./use-field-controller";

export type TextFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  tag?: string;
  /**
   * Shows `tag` only while this holds of the field's value: "generated" or "derived" while the
   * value is the one Easel made, not once the admin typed their own.
   */
  isTagShown?: (value: string) => boolean;
  warning?: string;
  placeholder?: string;
  inputMode?: "text" | "url" | "email";
  readOnly?: boolean;
  /** A field the configuration cannot do without: said to assistive technology and counted by the side navigation's steps. */
  isRequired?: boolean;
};

/** A single-line text field bound to the surrounding form by path. */
export function TextField({
  name,
  label,
  hint,
  tag,
  isTagShown,
  placeholder,
  inputMode = "text",
  readOnly,
  warning,
  isRequired,
}: TextFieldProps) {
  const { field, fieldState } = useFieldController(name);
  const value = (field.value as string | undefined) ?? "";
  return (
    <FieldShell
      id={fieldId(name)}
      label={label}
      hint={hint}
      tag={shownTag(tag, isTagShown, value)}
      error={fieldState.error?.message}
      warning={warning}
    >
      {(aria) => (
        <input
          {...aria}
          ref={field.ref}
          name={field.name}
          value={value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          {...TEXT_INPUT_ATTRIBUTES}
          inputMode={inputMode}
          placeholder={placeholder}
          readOnly={readOnly}
          aria-required={isRequired || undefined}
        />
      )}
    </FieldShell>
  );
}
