import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";

import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";
import type { TextPosition } from "@/lib/yaml/node-lines";

import type { Finding } from "./finding";
import { ANY_ITEM, type KeyTree } from "./key-tree";
import { nearestKnown } from "./nearest";

/** What the walk reads a document with: the known keys and where an offset is. */
type Walk = { positionOf: (offset: number) => TextPosition; findings: Finding[] };

function unknownKeyFinding(walk: Walk, path: TreePath, key: Node, suggestion: string): Finding {
  const name = String((key as { value?: unknown }).value);
  return {
    severity: "error",
    path: formatPath(path),
    ...walk.positionOf(key.range?.[0] ?? 0),
    rule: "unknown-key",
    message: `"${name}" is not a key the chart reads here: did you mean "${suggestion}"? Helm ignores keys it does not know, so this setting never takes effect.`,
  };
}

function walkNode(walk: Walk, node: unknown, path: TreePath, known: KeyTree): void {
  if (known.isFree) return;
  if (isSeq(node)) {
    const items = known.keys.get(ANY_ITEM);
    if (items) node.items.forEach((item, index) => walkNode(walk, item, [...path, index], items));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const below = known.keys.get(key);
    if (below) {
      walkNode(walk, pair.value, [...path, key], below);
      continue;
    }
    const suggestion = known.keys.size > 0 ? nearestKnown(key, known.keys.keys()) : undefined;
    if (suggestion !== undefined && suggestion !== ANY_ITEM) {
      walk.findings.push(unknownKeyFinding(walk, [...path, key], pair.key, suggestion));
    }
  }
}

/**
 * Each key of `document` at a level Easel knows that is not a known key there but close to one
 * (`ingres`, `enableHttp`, `confg`): a slip Helm would ignore without a word. A key far from
 * every known one may be one of the chart's many others, and is left alone.
 */
export function unknownKeyFindings(
  document: Document,
  known: KeyTree,
  positionOf: (offset: number) => TextPosition,
): Finding[] {
  const walk: Walk = { positionOf, findings: [] };
  walkNode(walk, document.contents, [], known);
  return walk.findings;
}
