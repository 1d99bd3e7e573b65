"use client";

import { useController, useFormContext } from "react-hook-form";

import type { ConfigPath } from "./config-path";
import { isErrorShown } from "./shown-error";

/**
 * `useController`, except that its `fieldState.error` is the error to show: only once the field
 * was left or the form submitted (`isErrorShown`), even when a list validated it sooner. A field
 * holding an error, shown or not, is checked again on every change, so an error never outlives
 * its fix.
 */
export function useFieldController(name: ConfigPath) {
  const { trigger } = useFormContext();
  const controller = useController({ name });
  const { error, isTouched } = controller.fieldState;
  const shown = isErrorShown(isTouched, controller.formState.isSubmitted);
  const { onChange } = controller.field;
  return {
    ...controller,
    fieldState: { ...controller.fieldState, error: shown ? error : undefined },
    field: {
      ...controller.field,
      onChange: (value: unknown) => {
        onChange(value);
        if (error !== undefined) void trigger(name);
      },
    },
  };
}
