import type { RequiredFieldCopy } from "./fields/required-field-copy";

/** Marks the page shown while the form loads, where the form looks for what was typed into it. */
export const FORM_SKELETON_ATTRIBUTE = "data-form-skeleton";

type TypedFieldName = RequiredFieldCopy["name"];

const TYPED_FIELD_NAMES: ReadonlySet<string> = new Set<TypedFieldName>([
  "global.domain",
  "fleet.hubApiServer",
]);

const isTypedFieldName = (name: string): name is TypedFieldName => TYPED_FIELD_NAMES.has(name);

/** One field's text typed into the page shown while the form loaded. */
export type TypedValue = { name: TypedFieldName; value: string };

/** What the admin typed into the page shown while the form loaded, and where the caret was. */
export type TypedBeforeLoad = {
  values: readonly TypedValue[];
  focused?: { name: TypedFieldName; selectionStart: number; selectionEnd: number };
};

/**
 * Reads the fields of the page shown while the form loaded. Called as the form first renders,
 * while that page is still in the document: the form replaces it in the same task, so no
 * keystroke falls between this read and the form.
 */
export function readTypedBeforeLoad(): TypedBeforeLoad {
  const skeleton = document.querySelector(`[${FORM_SKELETON_ATTRIBUTE}]`);
  const inputs = [...(skeleton?.querySelectorAll<HTMLInputElement>("input[name]") ?? [])];
  const values = inputs.flatMap(({ name, value }) =>
    isTypedFieldName(name) && value !== "" ? [{ name, value }] : [],
  );
  const active = inputs.find((input) => input === document.activeElement);
  if (!active || !isTypedFieldName(active.name)) return { values };
  const end = active.value.length;
  return {
    values,
    focused: {
      name: active.name,
      selectionStart: active.selectionStart ?? end,
      selectionEnd: active.selectionEnd ?? end,
    },
  };
}
