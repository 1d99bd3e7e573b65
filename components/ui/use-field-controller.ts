"use client";

import { useController, useFormContext } from "react-hook-form";

import type { ConfigPath } from "./config-path";

/**
 * `useController`, except that a field showing an error is checked again on every change. The
 * form validates on blur until a field is touched, but a list validates all its new items when
 * one is added: without this, their errors would stay while the admin types the fix.
 */
export function useFieldController(name: ConfigPath) {
  const { trigger } = useFormContext();
  const controller = useController({ name });
  const hasError = controller.fieldState.error !== undefined;
  const { onChange } = controller.field;
  return {
    ...controller,
    field: {
      ...controller.field,
      onChange: (value: unknown) => {
        onChange(value);
        if (hasError) void trigger(name);
      },
    },
  };
}
