/** The DOM id of the control for a form path, so error links can point at it. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll(".", "-")}`;
}
