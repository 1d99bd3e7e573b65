import type { TreePath } from "./tree-path";

/**
 * A path written as text, in the docs' notation (`fleetConfig.spokes[0].name`) or the form's
 * (`fleet.spokes.0.name`): dots between keys, an index in brackets or as a key of digits. Keys of
 * digits read as list indexes, as both notations mean them. The empty text is the one key `""`.
 */
export function parsePath(text: string): TreePath {
  const dotted = text.replace(/\[(\d+)\]/g, ".$1");
  // A path that starts at a list's item (`[0].name`) has no key before its first dot.
  const keys = (text.startsWith("[") ? dotted.slice(1) : dotted).split(".");
  return keys.map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/**
 * `path` in the docs' notation, as the screen and the CLI show it: dots between keys, `[i]` for
 * list positions (`dex.config.connectors[2].config.issuer`).
 */
export function formatPath(path: TreePath): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join("");
}

/** `path` as a form field's name: every step joined by dots (`identity.localUsers.1.email`). */
export function fieldName(path: TreePath): string {
  return path.join(".");
}
