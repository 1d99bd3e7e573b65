import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { isMapping } from "@/lib/tree/tree";

import { isSecretName } from "./secret-keys";

/** `value` at `name` with every credential inside it masked, keys and list items kept. */
function masked(name: string, value: unknown, asIs: readonly string[]): unknown {
  if (value === "" || (typeof value === "string" && asIs.includes(value))) return value;
  if (Array.isArray(value)) {
    return value.map((item, index) => masked(`${name}[${index}]`, item, asIs));
  }
  if (isMapping(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, masked(`${name}.${key}`, child, asIs)]),
    );
  }
  return isSecretName(name) ? SECRET_MASK : value;
}

/**
 * A value at `name` (a path in the docs' notation) as the screen shows it: credentials masked,
 * also inside a list or map (a list of local users holds their hashes); texts in `asIs` (the
 * appliance installer's marker) shown as they are.
 */
export function shownValue(name: string, value: unknown, asIs: readonly string[] = []): string {
  if (value === null || value === undefined) return "—";
  const shown = masked(name, value, asIs);
  return typeof shown === "string" ? shown : JSON.stringify(shown);
}
