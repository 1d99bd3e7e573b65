import { parseDocument, type Document } from "yaml";

import { formatPath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { isSecretName } from "@/lib/secrets/secret-keys";
import { shownValue } from "@/lib/secrets/shown-value";
import { isMapping } from "@/lib/tree/tree";
import { domainProblem } from "@/lib/validation/domain";
import { lineFinder, offsetOfPath } from "@/lib/yaml/node-lines";

import { domainMentions, replaceDomain } from "./domain-mentions";

/** A value of the exported file that still names the domain the imported file was read with. */
export type OldDomainPlace = {
  path: TreePath;
  /** The path in the docs' notation: `dex.config.connectors[2].config.issuer`. */
  name: string;
  /** Its line in the imported file; undefined for a key the file does not hold. */
  line?: number;
  /** The value as the screen may show it (a secret masked), and what replacing makes of it. */
  shown: string;
  shownReplacement: string;
  isSecret: boolean;
};

/** The domains an import is compared by: the one the file was read with, and the form's. */
export type DomainChange = { oldDomain: string; newDomain: string };

/**
 * Whether the admin changed the domain since the import, to one that can replace the old: an
 * empty or half-typed domain is not offered as a replacement.
 */
export function isDomainChanged({ oldDomain, newDomain }: DomainChange): boolean {
  if (oldDomain.trim() === "" || domainProblem(newDomain) !== undefined) return false;
  return oldDomain.toLowerCase() !== newDomain.toLowerCase();
}

function stringLeaves(node: unknown, path: TreePath): { path: TreePath; value: string }[] {
  if (typeof node === "string") return [{ path, value: node }];
  if (Array.isArray(node))
    return node.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (isMapping(node)) {
    return Object.entries(node).flatMap(([key, child]) => stringLeaves(child, [...path, key]));
  }
  return [];
}

/**
 * A function from a path to its 1-based line in `text`, for the paths `values` (the parse of
 * `text`) holds. The text is parsed at the first call only: most imports never need a line.
 */
export function lineOfPath(text: string, values: unknown): (path: TreePath) => number | undefined {
  let lines: { document: Document; lineOf: (offset: number) => number } | undefined;
  return (path) => {
    if (valueAtPath(values, path) === undefined) return undefined;
    lines ??= { document: parseDocument(text, { uniqueKeys: false }), lineOf: lineFinder(text) };
    return lines.lineOf(offsetOfPath(lines.document, path));
  };
}

/**
 * Every string in `values` (the file about to be exported) that names the old domain as a host,
 * a subdomain's end, or in a URL or e-mail address, with what it would become. Comments are not
 * values, so they are never reported. Secrets are reported masked.
 */
export function oldDomainPlaces(
  values: unknown,
  change: DomainChange,
  lineOf: (path: TreePath) => number | undefined = () => undefined,
): OldDomainPlace[] {
  if (!isDomainChanged(change)) return [];
  const { oldDomain, newDomain } = change;
  return stringLeaves(values, [])
    .filter(({ value }) => domainMentions(value, oldDomain, newDomain).length > 0)
    .map(({ path, value }) => {
      const name = formatPath(path);
      return {
        path,
        name,
        line: lineOf(path),
        shown: shownValue(name, value),
        shownReplacement: shownValue(name, replaceDomain(value, oldDomain, newDomain)),
        isSecret: isSecretName(name),
      };
    });
}
