import { bcryptCost } from "@/lib/bcrypt/format";
import type { ImportedValues } from "@/lib/import/import-values";
import type { ListAlignment } from "@/lib/import/list-alignment";
import { readConfig } from "@/lib/import/read-config";
import { valueLeaves } from "@/lib/paths/leaves";
import { formatPath, parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { isSecretName, isSecretPath } from "@/lib/secrets/secret-keys";
import type { TargetId } from "@/lib/targets/catalog";
import type { TargetModule } from "@/lib/targets/target-module";
import { isMapping } from "@/lib/tree/tree";
import { patchYamlText } from "@/lib/yaml/patch-text";

import { secretSenseOf } from "./secret-sense";

/** An imported file safe to keep outside the page's memory: every secret value it held emptied. */
export type FileWithoutSecrets = {
  text: string;
  /** The chart paths emptied (`canvas.oidc.sessionSecret`), in the file's order. */
  emptied: string[];
};

type FileParts = Pick<ImportedValues, "text" | "values" | "alignments">;

/** A path of the form's render (`connectors[0]`) as the file's own (`connectors[2]`). */
function inFileIndexes(path: TreePath, alignments: readonly ListAlignment[]): TreePath {
  const mapped = [...path];
  for (const { path: listPath, indexes } of alignments) {
    const at = listPath.length;
    const index = mapped[at];
    if (typeof index !== "number" || !listPath.every((key, i) => mapped[i] === key)) continue;
    mapped[at] = indexes[index] ?? -1;
  }
  return mapped;
}

/** A bcrypt hash, or htpasswd lines of them: not secrets, and drafts keep them. */
function isHashText(value: string): boolean {
  const lines = value.split("\n").filter((line) => line.trim() !== "");
  return (
    lines.length > 0 &&
    lines.every((line) => bcryptCost(line.trim().replace(/^[^:$]*:/, "")) !== undefined)
  );
}

/** An HTTP header item's value that carries credentials (the probes' Basic audit header). */
function isAuthorizationHeader(values: unknown, path: TreePath): boolean {
  if (path[path.length - 1] !== "value" || !path.includes("httpHeaders")) return false;
  const item = valueAtPath(values, path.slice(0, -1));
  return isMapping(item) && String(item.name).toLowerCase() === "authorization";
}

/**
 * Where `file` holds a secret: the chart paths each of the form's secret fields lands on (read
 * from the file, placed by the lists' alignments), any value quoting one of those secrets, keys
 * named like credentials (bcrypt hashes aside) and the probes' Authorization header.
 */
export function fileSecretPaths<T extends TargetId>(
  module: TargetModule<T>,
  file: FileParts,
): TreePath[] {
  const { config } = readConfig(module, file.values, module.createDefaults());
  const sense = secretSenseOf(module, config);
  const fieldPaths = new Set(
    [...sense.paths].map((path) => formatPath(inFileIndexes(parsePath(path), file.alignments))),
  );
  return valueLeaves(file.values, [])
    .filter(({ path, value }) => {
      if (typeof value === "number") return isSecretPath(path);
      if (typeof value !== "string" || value === "") return false;
      const text = formatPath(path);
      if (fieldPaths.has(text) || sense.values.some((secret) => value.includes(secret)))
        return true;
      if (path.includes("httpHeaders")) return isAuthorizationHeader(file.values, path);
      return isSecretName(text) && !isHashText(value);
    })
    .map(({ path }) => path);
}

/**
 * `file` with every secret it holds emptied in place (`''`), through the text patcher, so its
 * comments, key order and quoting stay: what may be kept in browser storage.
 */
export function fileWithoutSecrets<T extends TargetId>(
  module: TargetModule<T>,
  file: FileParts,
): FileWithoutSecrets {
  const paths = fileSecretPaths(module, file);
  const text = patchYamlText(
    file.text,
    paths.map((path) => ({ kind: "set" as const, path, value: "" })),
  );
  return { text, emptied: paths.map(formatPath) };
}
