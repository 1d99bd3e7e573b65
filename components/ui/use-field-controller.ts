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
 * its fix. Only the field's error and whether it was left are read: react-hook-form renders a
 * field again for every part of its state that was read, and a check's start and end are told
 * to every field that reads whether it is being checked, which, in a large form, is thousands.
 */
export function useFieldController<P extends ConfigPath>(name: P) {
  const { trigger } = useConfigForm();
  const controller = useController<TargetConfig, P>({ name });
  const { error, isTouched } = controller.fieldState;
  const shown = isErrorShown(isTouched, controller.formState.isSubmitted);
  const { onChange } = controller.field;
  return {
    fieldState: { error: shown ? error : undefined },
    field: {
      ...controller.field,
      onChange: (value: unknown) => {
        onChange(value);
        if (error !== undefined) void trigger(name);
      },
    },
  };
}
