import type { ValuesPath } from "@/lib/yaml/values-edits";

/** A table path (`fleetConfig.spokes[0].ociRegistry`) as keys and list indexes. */
export function fieldPathKeys(path: string): ValuesPath {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** Keys and indexes as a table path: dots between keys, `[i]` for list positions. */
export function fieldPathText(path: ValuesPath): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join("");
}
