import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";

import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";
import type { TextPosition } from "@/lib/yaml/node-lines";

import type { Finding } from "./finding";
import { ANY_ITEM, type KeyTree } from "./key-tree";
import { closest, nearestKnown } from "./nearest";

/** What the walk reads a document with: where an offset is, and whether far keys are reported. */
type Walk = {
  positionOf: (offset: number) => TextPosition;
  /** Whether the known keys are the chart's own (`--chart-values`), so any other is reported. */
  isWhole: boolean;
  findings: Finding[];
};

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

function notInChartFinding(walk: Walk, path: TreePath, key: Node, nearest?: string): Finding {
  const name = String((key as { value?: unknown }).value);
  return {
    severity: "warning",
    path: formatPath(path),
    ...walk.positionOf(key.range?.[0] ?? 0),
    rule: "not-in-chart",
    message: `The chart's default values have no "${name}" here${nearest ? ` (the nearest is "${nearest}")` : ""}, and Easel knows of none: Helm ignores a key the chart does not read.`,
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
    const keys = [...known.keys.keys()].filter((name) => name !== ANY_ITEM);
    if (keys.length === 0) continue;
    const suggestion = nearestKnown(key, keys);
    if (suggestion !== undefined) {
      walk.findings.push(unknownKeyFinding(walk, [...path, key], pair.key, suggestion));
    } else if (walk.isWhole) {
      walk.findings.push(notInChartFinding(walk, [...path, key], pair.key, closest(key, keys)));
    }
  }
}

/**
 * Each key of `document` at a level Easel knows that is not a known key there but close to one
 * (`ingres`, `enableHttp`, `confg`): a slip Helm would ignore without a word. A key far from
 * every known one may be one of the chart's many others, and is left alone, unless the known keys
 * hold the chart's own (`isWhole`): then it is reported too, with the nearest key there.
 */
export function unknownKeyFindings(
  document: Document,
  known: KeyTree,
  positionOf: (offset: number) => TextPosition,
  isWhole = false,
): Finding[] {
  const walk: Walk = { positionOf, isWhole, findings: [] };
  walkNode(walk, document.contents, [], known);
  return walk.findings;
}
