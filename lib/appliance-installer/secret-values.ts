import { isMapping } from "@/lib/forms/tree";
import { SECRET_MASK } from "@/lib/secrets/secret-paths";
import { patchYamlText } from "@/lib/yaml/patch-text";

import { valueLeaves } from "./customizations";
import { fieldPathText } from "./field-path";
import { GENERATED_BY_INSTALLER } from "./installer-merge";

/** Keys whose values are credentials in a values file, wherever they sit. */
const SECRET_KEY = /(password|secret|token|apikey|bindpw|hash|privatekey|htpasswd)$/i;

/** Whether a field path ends in a key that holds a credential. */
export function isSecretPath(path: string): boolean {
  const last =
    path
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? "";
  return SECRET_KEY.test(last) || path.includes("httpHeaders");
}

/** `value` with every credential inside it masked, keys and list items kept. */
function masked(path: string, value: unknown): unknown {
  if (value === GENERATED_BY_INSTALLER || value === "") return value;
  if (Array.isArray(value)) return value.map((item, index) => masked(`${path}[${index}]`, item));
  if (isMapping(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, masked(`${path}.${key}`, child)]),
    );
  }
  return isSecretPath(path) ? SECRET_MASK : value;
}

/**
 * A value as the screen shows it: credentials masked, also inside a list or map (a list of local
 * users holds their hashes), the installer's marker as it is.
 */
export function shownValue(path: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  const shown = masked(path, value);
  return typeof shown === "string" ? shown : JSON.stringify(shown);
}

/**
 * The merged file as the screen shows it: every credential it holds masked in place, every other
 * line as it is. The download keeps the real values.
 */
export function maskedFinalText(finalText: string, finalValues: unknown): string {
  const edits = valueLeaves(finalValues, [])
    .filter(({ value }) => typeof value === "string" && value !== "")
    .filter(
      ({ path, value }) => value !== GENERATED_BY_INSTALLER && isSecretPath(fieldPathText(path)),
    )
    .map(({ path }) => ({ kind: "set" as const, path, value: SECRET_MASK }));
  return patchYamlText(finalText, edits);
}
