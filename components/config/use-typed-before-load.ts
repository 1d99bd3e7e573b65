"use client";

import { useLayoutEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";

import type { BeforeLoad, TypedValue } from "./before-load";
import { CONFIG_FORM_ID } from "./config-form-id";

/** A value typed while the form loaded that Easel did not use: the draft's or switch's stayed. */
export type TypedNotUsed = TypedValue & { kept: string };

/**
 * What was typed while the form loaded that would have replaced a value the form started from (a
 * draft's or the switched target's). That value stays: the admin typed over an empty field they
 * saw, not over one they had not seen yet.
 */
function typedNotUsed(form: UseFormReturn<TargetConfig>, beforeLoad: BeforeLoad) {
  return beforeLoad.values.flatMap(({ name, value }) => {
    const kept = String(form.getValues(name) ?? "");
    return kept === "" || kept === value ? [] : [{ name, value, kept }];
  });
}

/**
 * Takes over what the admin typed while the form loaded, as if typed into the form: a change
 * (saved with the draft, checked once its field is left), and the focus and caret where they were.
 * A layout effect, so it happens before the form is first painted. Returns what it did not use.
 */
export function useTypedBeforeLoad(
  form: UseFormReturn<TargetConfig>,
  beforeLoad: BeforeLoad,
): readonly TypedNotUsed[] {
  const [notUsed] = useState(() => typedNotUsed(form, beforeLoad));
  useLayoutEffect(() => {
    const { values, focused } = beforeLoad;
    const isUsed = (name: string) => !notUsed.some((item) => item.name === name);
    for (const { name, value } of values.filter((item) => isUsed(item.name))) {
      const wasLeft = focused?.name !== name;
      form.setValue(name, value, {
        shouldDirty: true,
        shouldTouch: wasLeft,
        shouldValidate: wasLeft,
      });
    }
    if (!focused) return;
    const input = document.querySelector<HTMLInputElement>(
      `#${CONFIG_FORM_ID} input[name="${focused.name}"]`,
    );
    if (!input) return;
    input.focus({ preventScroll: true });
    if (!isUsed(focused.name)) return;
    // Written now, so the caret can be placed before React renders the value it already holds.
    input.value = values.find(({ name }) => name === focused.name)?.value ?? "";
    input.setSelectionRange(focused.selectionStart, focused.selectionEnd);
    // Once, at the form's first paint: what was typed before it exists only then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return notUsed;
}
