import { valueLeaves } from "@/lib/paths/leaves";
import { isSecretPath } from "@/lib/secrets/secret-keys";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { patchYamlText } from "@/lib/yaml/patch-text";

import { GENERATED_BY_INSTALLER } from "./installer-merge";

/**
 * The merged file as the screen shows it: every credential it holds masked in place, every other
 * line as it is. The download keeps the real values.
 */
export function maskedFinalText(finalText: string, finalValues: unknown): string {
  const edits = valueLeaves(finalValues, [])
    .filter(({ value }) => typeof value === "string" && value !== "")
    .filter(({ path, value }) => value !== GENERATED_BY_INSTALLER && isSecretPath(path))
    .map(({ path }) => ({ kind: "set" as const, path, value: SECRET_MASK }));
  return patchYamlText(finalText, edits);
}
