import { REQUIRED_FIELD_NAMES, type RequiredFieldCopy } from "./fields/required-field-copy";

/** Marks the page shown while the form loads, where the form looks for what was done in it. */
export const FORM_SKELETON_ATTRIBUTE = "data-form-skeleton";

/** Names a disclosure of that page, whose twin in the form opens where it was opened. */
export const DISCLOSURE_ATTRIBUTE = "data-disclosure";

/** The disclosures above the form: the import and the profile tools. */
export type DisclosureName = "import" | "profile";

type TypedFieldName = RequiredFieldCopy["name"];

const TYPED_FIELD_NAMES: ReadonlySet<string> = new Set<TypedFieldName>(REQUIRED_FIELD_NAMES);

const DISCLOSURE_NAMES: ReadonlySet<string> = new Set<DisclosureName>(["import", "profile"]);

const isTypedFieldName = (name: string): name is TypedFieldName => TYPED_FIELD_NAMES.has(name);

const isDisclosureName = (name: string | undefined): name is DisclosureName =>
  name !== undefined && DISCLOSURE_NAMES.has(name);

/** One field's text typed into the page shown while the form loaded. */
export type TypedValue = { name: TypedFieldName; value: string };

/**
 * What the admin did in the page shown while the form loaded: what they typed and where the caret
 * was, and which disclosures they opened (and whether one has the focus).
 */
export type BeforeLoad = {
  values: readonly TypedValue[];
  focused?: { name: TypedFieldName; selectionStart: number; selectionEnd: number };
  opened: readonly { name: DisclosureName; isFocused: boolean }[];
};

function openedDisclosures(skeleton: Element | null): BeforeLoad["opened"] {
  const disclosures = [
    ...(skeleton?.querySelectorAll<HTMLDetailsElement>(`details[${DISCLOSURE_ATTRIBUTE}]`) ?? []),
  ];
  return disclosures.flatMap((details) => {
    const name = details.getAttribute(DISCLOSURE_ATTRIBUTE) ?? undefined;
    if (!details.open || !isDisclosureName(name)) return [];
    return [{ name, isFocused: details.contains(document.activeElement) }];
  });
}

/**
 * Reads the page shown while the form loaded. Called as the form first renders, while that page
 * is still in the document: the form replaces it in the same task, so no keystroke or click falls
 * between this read and the form.
 */
export function readBeforeLoad(): BeforeLoad {
  const skeleton = document.querySelector(`[${FORM_SKELETON_ATTRIBUTE}]`);
  const opened = openedDisclosures(skeleton);
  const inputs = [...(skeleton?.querySelectorAll<HTMLInputElement>("input[name]") ?? [])];
  const values = inputs.flatMap(({ name, value }) =>
    isTypedFieldName(name) && value !== "" ? [{ name, value }] : [],
  );
  const active = inputs.find((input) => input === document.activeElement);
  if (!active || !isTypedFieldName(active.name)) return { values, opened };
  const end = active.value.length;
  return {
    values,
    opened,
    focused: {
      name: active.name,
      selectionStart: active.selectionStart ?? end,
      selectionEnd: active.selectionEnd ?? end,
    },
  };
}

/** How a disclosure of the form starts: open, and focused, where its twin was. */
export function disclosureStart(beforeLoad: BeforeLoad, name: DisclosureName) {
  const opened = beforeLoad.opened.find((item) => item.name === name);
  return { isOpenAtStart: opened !== undefined, isFocusedAtStart: opened?.isFocused ?? false };
}
