/**
 * The edits made through the yaml library's Document API, for what the splicer does not handle
 * or gets wrong: comments survive, byte layout does not. New nodes are parsed from renderYaml's
 * output, so they quote like everything else the app writes.
 */

import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

import type { TreePath } from "@/lib/paths/tree-path";

import { helmReadableText, YAML_VERSION } from "../stringify";
import { applyValuesEdits, valuesEqual, type ValuesEdit } from "../values-edits";
import { renderSafely } from "./new-value-text";
import { keyString } from "./source-nodes";

/**
 * A node for `value`, parsed from renderYaml's output so that it carries the same quoting styles
 * (a YAML 1.1 `yes` stays quoted once placed in the file's document).
 */
function nodeFor(value: unknown): unknown {
  return parseDocument(renderSafely(value ?? null), { version: YAML_VERSION }).contents;
}

function pairFor(key: string, value: unknown): unknown {
  const rendered = renderSafely({ [key]: value ?? null });
  const contents = parseDocument(rendered, { version: YAML_VERSION }).contents;
  return isMap(contents) ? contents.items[0] : undefined;
}

/** `node` with `edit` applied at `path` (relative to it): collections change in place. */
function editNode(doc: Document, node: unknown, path: TreePath, edit: ValuesEdit): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return edit.kind === "set" ? nodeFor(edit.value) : null;
  if (isMap(node)) {
    const index = node.items.findIndex((pair) => keyString(pair.key) === String(segment));
    const pair = node.items[index];
    if (!pair) {
      if (edit.kind === "delete") return node;
      const created = applyValuesEdits(undefined, [{ ...edit, path: rest }]);
      node.items.push(pairFor(String(segment), created) as Pair);
      return node;
    }
    if (rest.length === 0 && edit.kind === "delete") node.items.splice(index, 1);
    else pair.value = editNode(doc, pair.value, rest, edit);
    return node;
  }
  if (isSeq(node) && typeof segment === "number" && segment <= node.items.length) {
    if (segment === node.items.length) {
      if (edit.kind === "set") {
        node.items.push(nodeFor(applyValuesEdits(undefined, [{ ...edit, path: rest }])));
      }
    } else if (rest.length === 0 && edit.kind === "delete") node.items.splice(segment, 1);
    else node.items[segment] = editNode(doc, node.items[segment], rest, edit);
    return node;
  }
  // A scalar, alias or null on the way, or an index past the end: rebuilt from its data.
  const before: unknown = isNode(node) ? node.toJS(doc) : null;
  const after = applyValuesEdits(before, [{ ...edit, path }]);
  return valuesEqual(before, after) ? node : nodeFor(after);
}

/**
 * Every alias replaced by a copy of what it points to. An edit to an anchored node would
 * otherwise reach its aliases too, and deleting it would leave them pointing nowhere.
 */
function expandAliases(doc: Document): void {
  visit(doc, {
    Alias(_key, alias) {
      const target: unknown = alias.resolve(doc);
      if (!isScalar(target) && !isMap(target) && !isSeq(target)) return undefined;
      const copy = target.clone() as Scalar | YAMLMap | YAMLSeq;
      copy.anchor = undefined;
      return copy;
    },
  });
}

/**
 * The edits through the yaml library's Document API: comments survive, byte layout does not.
 * Anchors and aliases are kept unless `expanded`, the retry for edits that reach an anchor.
 */
export function documentEdits(
  text: string,
  edits: readonly ValuesEdit[],
  expanded: boolean,
): string {
  const doc: Document = parseDocument(text);
  if (expanded) expandAliases(doc);
  for (const edit of edits) doc.contents = editNode(doc, doc.contents, edit.path, edit) as Node;
  return helmReadableText(doc);
}

/** Whether `text` is YAML that reads as exactly `expected`: every way of patching is checked so. */
export function readsAs(text: string, expected: unknown): boolean {
  try {
    const doc = parseDocument(text);
    return doc.errors.length === 0 && valuesEqual(doc.toJS(), expected);
  } catch {
    return false;
  }
}
