"use client";

import { useEffect, useState } from "react";

import { fieldControlOf, type FieldControl } from "./form-controls";

/**
 * The field of the form `formId` that last had the focus. Focus moving to the form's other
 * controls (a button) clears it; focus leaving the form (to the preview) keeps it, so the
 * preview can still show where it lands.
 */
export function useFocusedField(formId: string): FieldControl | undefined {
  const [focused, setFocused] = useState<FieldControl>();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onFocusIn = (event: FocusEvent) => {
      const field = fieldControlOf(form, event.target);
      setFocused((previous) => (previous?.name === field?.name ? previous : field));
    };
    form.addEventListener("focusin", onFocusIn);
    return () => form.removeEventListener("focusin", onFocusIn);
  }, [formId]);
  return focused;
}
