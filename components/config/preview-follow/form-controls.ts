/** A form control bound to the configuration by its `name` (the field's path). */
export type NamedControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The form field a control edits: its name, whether it holds free text, a menu's choices. */
export type FieldControl = { name: string; isText: boolean; options: string[] };

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "file", "number", "range", "hidden"]);

function isNamedControl(element: unknown): element is NamedControl {
  return (
    (element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement) &&
    element.name !== ""
  );
}

/** `element` as a field of `form`, or undefined when it edits none (a button, a link). */
export function fieldControlOf(form: HTMLFormElement, element: unknown): FieldControl | undefined {
  if (!isNamedControl(element)) return undefined;
  const { name } = element;
  if (element instanceof HTMLSelectElement) {
    return { name, isText: false, options: [...element.options].map((option) => option.value) };
  }
  if (element instanceof HTMLInputElement && element.type === "radio") {
    const radios = form.querySelectorAll<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(name)}"]`,
    );
    return { name, isText: false, options: [...radios].map((radio) => radio.value) };
  }
  const isText = !(element instanceof HTMLInputElement && NON_TEXT_INPUTS.has(element.type));
  return { name, isText, options: [] };
}

/** Every field `form` shows, once each (a radio group is one field), in the page's order. */
export function fieldControlsOf(form: HTMLFormElement): FieldControl[] {
  const fields = new Map<string, FieldControl>();
  for (const element of form.querySelectorAll("input[name], select[name], textarea[name]")) {
    const field = fieldControlOf(form, element);
    if (field && !fields.has(field.name)) fields.set(field.name, field);
  }
  return [...fields.values()];
}

/** The buttons that open a long list's folded items, each naming the item's path. */
function foldedItemOpeners(form: HTMLFormElement): HTMLButtonElement[] {
  return [...form.querySelectorAll<HTMLButtonElement>("button[data-opens-item]")];
}

/** The paths of the folded items of long lists, whose fields are not on the page until opened. */
export function foldedItemsOf(form: HTMLFormElement): string[] {
  return foldedItemOpeners(form).map((button) => button.dataset.opensItem ?? "");
}

function isUnder(name: string, base: string): boolean {
  return name === base || name.startsWith(`${base}.`);
}

/** How long a folded item's fields may take to show once it is opened (some load their code). */
const OPENING_WAIT_MS = 2000;

function controlNamed(form: HTMLFormElement, name: string): HTMLElement | null {
  return form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
}

function focusControl(control: HTMLElement): void {
  for (let details = control.closest("details"); details;) {
    details.open = true;
    details = details.parentElement?.closest("details") ?? null;
  }
  control.focus({ preventScroll: true });
  control.scrollIntoView({ block: "center" });
}

/**
 * Moves the focus to the field named `name`, opening a closed part of the form that holds it (a
 * folded item of a long list, a closed group), and brings it into view.
 */
export function focusFieldNamed(form: HTMLFormElement, name: string): void {
  const control = controlNamed(form, name);
  if (control) return focusControl(control);
  const opener = foldedItemOpeners(form).find((button) =>
    isUnder(name, button.dataset.opensItem ?? ""),
  );
  if (!opener) return;
  opener.click();
  const deadline = performance.now() + OPENING_WAIT_MS;
  const focusOnceShown = () => {
    const shown = controlNamed(form, name);
    if (shown) focusControl(shown);
    else if (performance.now() < deadline) requestAnimationFrame(focusOnceShown);
  };
  requestAnimationFrame(focusOnceShown);
}
