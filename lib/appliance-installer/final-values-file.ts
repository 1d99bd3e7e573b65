import { parseDocument } from "yaml";

import type { TreePath } from "@/lib/paths/tree-path";
import { lineFinder, offsetOfPath } from "@/lib/yaml/node-lines";
import { patchYamlText } from "@/lib/yaml/patch-text";
import { valuesEqual } from "@/lib/yaml/values-edits";

import type { InstallerMerge } from "./installer-merge";

/** The comment that marks a line the installer set, and by which layer. */
export function layerComment(layer: string): string {
  return `# set by the installer (${layer} layer)`;
}

/** `text` with a comment at the end of each line the installer set, or undefined if it breaks. */
function annotated(text: string, marks: readonly { path: TreePath; layer: string }[]) {
  const document = parseDocument(text);
  const lineAt = lineFinder(text);
  const lines = text.split("\n");
  const comments = new Map<number, string>();
  for (const { path, layer } of marks) {
    const index = lineAt(offsetOfPath(document, path)) - 1;
    comments.set(index, layerComment(layer));
  }
  for (const [index, comment] of comments) lines[index] = `${lines[index]}  ${comment}`;
  const result = lines.join("\n");
  // A line that ends inside a flow collection or a quoted string would not take a comment.
  return valuesEqual(parseDocument(result).toJS(), document.toJS()) ? result : undefined;
}

/**
 * The values Helm receives, as YAML: the host file with each field the installer sets written in
 * (every other line as the customer wrote it), each such line marked with its layer.
 */
export function finalValuesFile(
  hostText: string,
  merge: InstallerMerge,
  header: readonly string[] = [],
): string {
  const merged = patchYamlText(
    hostText,
    merge.applied.map(({ path, value }) => ({ kind: "set" as const, path, value })),
  );
  const marked = annotated(merged, merge.applied) ?? merged;
  return [...header.map((line) => `# ${line}`), marked].join("\n");
}
