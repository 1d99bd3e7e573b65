import { valueAtPath } from "@/lib/paths/read-write";
import { isSamePath, type TreePath } from "@/lib/paths/tree-path";
import { patchYamlText } from "@/lib/yaml/patch-text";
import { applyValuesEdits, valuesEqual } from "@/lib/yaml/values-edits";

import { domainMentions, replaceDomain } from "./domain-mentions";
import { fileEdits } from "./file-edits";
import type { ImportedValues } from "./import-values";
import type { DomainChange, OldDomainPlace } from "./old-domain";

type FileParts = Pick<ImportedValues, "text" | "values" | "baseline" | "alignments">;
type ReadFile = FileParts & Pick<ImportedValues, "domain">;

/** The values of the file that will be exported: the imported file with the form's values in. */
export function exportedValues(imported: FileParts, values: object): unknown {
  const { baseline, alignments } = imported;
  return applyValuesEdits(
    imported.values,
    fileEdits(imported.values, baseline, values, alignments),
  );
}

/** A `set` of one text to the same text naming the new domain. */
export type DomainEdit = { kind: "set"; path: TreePath; value: string };

/** A `set` of `path` in `tree` to its text with the new domain, if it names the old one there. */
function domainEdit(tree: unknown, path: TreePath, change: DomainChange): DomainEdit[] {
  const value = valueAtPath(tree, path);
  if (typeof value !== "string") return [];
  if (domainMentions(value, change.oldDomain, change.newDomain).length === 0) return [];
  return [{ kind: "set", path, value: replaceDomain(value, change.oldDomain, change.newDomain) }];
}

/**
 * The imported file with the new domain written at `places`, as asked for: its text patched
 * (comments and every other byte kept; the patcher checks the result reads back as these values)
 * and its values updated with it, so the next export carries the new domain there. Its `domain`
 * becomes the new one, which its values now name: a later change of domain finds them again.
 */
export function replaceOldDomain<T extends ReadFile>(
  imported: T,
  places: readonly OldDomainPlace[],
  change: DomainChange,
): T {
  const edits = places.flatMap(({ path }) => domainEdit(imported.values, path, change));
  if (edits.length === 0) return imported;
  return {
    ...imported,
    text: patchYamlText(imported.text, edits),
    values: applyValuesEdits(imported.values, edits),
    domain: change.newDomain,
  };
}

function stringLeaves(node: unknown, path: TreePath): TreePath[] {
  if (typeof node === "string") return [path];
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, child]) =>
    stringLeaves(child, [...path, Array.isArray(node) ? Number(key) : key]),
  );
}

/**
 * The form's own fields that write the old domain at one of `places` (an issuer typed by hand, a
 * registry endpoint), each with its value naming the new domain. Without these the form would
 * keep showing the old domain where the export now holds the new one. The domain field itself,
 * and fields that reach no place, are left alone.
 */
export function configDomainEdits<C extends object>(
  imported: FileParts,
  buildValues: (config: C) => object,
  config: C,
  places: readonly OldDomainPlace[],
  change: DomainChange,
): DomainEdit[] {
  // Compared in the exported file, whose list indexes are the places' (the form's may differ).
  const before = exportedValues(imported, buildValues(config));
  return stringLeaves(config, [])
    .filter((path) => !isSamePath(path, ["global", "domain"]))
    .flatMap((path) => domainEdit(config, path, change))
    .filter((edit) => {
      const after = exportedValues(imported, buildValues(applyValuesEdits(config, [edit]) as C));
      return places.some(
        ({ path }) => !valuesEqual(valueAtPath(before, path), valueAtPath(after, path)),
      );
    });
}
