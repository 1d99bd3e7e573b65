/**
 * Whether a field's error is on screen: once the field was left (touched) or the form was
 * submitted, the form's "onTouched" rule. A list validates every item when one is added, moved or
 * removed; without this, a new item's empty fields would turn red before anything was typed.
 */
export function isErrorShown(isTouched: boolean, isSubmitted: boolean): boolean {
  return isTouched || isSubmitted;
}
