"use client";

import { useController } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm } from "@/components/hooks/config-form";
import type { ConfigPath } from "@/components/hooks/config-path";

import { isErrorShown } from "./shown-error";

/**
 * `useController`, except that its `fieldState.error` is the error to show: only once the field
 * was left or the form submitted (`isErrorShown`), even when a list validated it sooner. A field
 * holding an error, shown or not, is checked again on every change, so an error never outlives
 * its fix.
 */
export function useFieldController<P extends ConfigPath>(name: P) {
  const { trigger } = useConfigForm();
  const controller = useController<TargetConfig, P>({ name });
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
