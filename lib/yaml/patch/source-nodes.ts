/**
 * Where the parsed nodes of a file sit in its text: their ranges, a sequence's `-` indicators, a
 * pair's `:`, and keys looked up by the string the data reads. The splicer writes only at these
 * offsets; a node it cannot place throws Unsupported, and the Document API is used instead.
 */

import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

import { Unsupported } from "./unsupported";

/** A block mapping or sequence: the only collections whose entries are spliced one by one. */
export type BlockCollection = YAMLMap | YAMLSeq;

export function isBlockCollection(node: unknown): node is BlockCollection {
  return (isMap(node) || isSeq(node)) && !node.flow;
}

export function isBlockScalar(node: unknown): node is Scalar {
  return isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
}

/** The source offsets of `node`; a node built rather than parsed has none, and is not spliced. */
export function rangeOf(node: unknown): [number, number] {
  const range = isNode(node) ? node.range : undefined;
  if (!range) throw new Unsupported("node without a source range");
  return [range[0], range[1]];
}

/** A mapping key as the data reads it (`toJS` turns every scalar key into its string). */
export function keyString(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null ? "" : String(key.value);
}

/**
 * Where the last content of `node` ends, ignoring the comments the parser counts into it: a
 * mapping's range runs on over the comment lines after its last value, even a shallower comment
 * that is really the header of the next section.
 */
export function contentEnd(node: unknown): number {
  if (isBlockCollection(node) && node.items.length > 0) {
    const last: unknown = node.items[node.items.length - 1];
    if (isPair(last)) return contentEnd(isNode(last.value) ? last.value : last.key);
    return contentEnd(last);
  }
  return rangeOf(node)[1];
}

/** The offsets of a block sequence's `-` indicators, one per item. */
const dashCache = new WeakMap<YAMLSeq, number[]>();

function dashOffsets(seq: YAMLSeq): number[] {
  const cached = dashCache.get(seq);
  if (cached) return cached;
  const token = seq.srcToken;
  if (token?.type !== "block-seq") throw new Unsupported("sequence without source tokens");
  const offsets = token.items.flatMap((item) => {
    const dash = item.start.find((part) => part.type === "seq-item-ind");
    return dash ? [dash.offset] : [];
  });
  if (offsets.length !== seq.items.length) throw new Unsupported("sequence items out of step");
  dashCache.set(seq, offsets);
  return offsets;
}

/** The offset of item `index`'s `-`, which the item's own range leaves out. */
export function dashOffset(seq: YAMLSeq, index: number): number {
  const offset = dashOffsets(seq)[index];
  if (offset === undefined) throw new Unsupported("no such item");
  return offset;
}

/** Indexes of mapping keys, so that a wide mapping is not scanned once per edit. */
const keyIndexCache = new WeakMap<YAMLMap, Map<string, number>>();

/** The position of the first pair whose key reads as `key`. */
export function pairIndex(map: YAMLMap, key: string): number | undefined {
  let index = keyIndexCache.get(map);
  if (!index) {
    index = new Map();
    for (const [position, pair] of map.items.entries()) {
      const text = keyString(pair.key);
      if (text !== undefined && !index.has(text)) index.set(text, position);
    }
    keyIndexCache.set(map, index);
  }
  return index.get(key);
}

/** The offset right after a pair's `:`; explicit `? key` pairs are left to the fallback. */
export function valueIndicatorEnd(pair: Pair): number {
  const token = pair.srcToken;
  if (!token || token.start.some((part) => part.type === "explicit-key-ind")) {
    throw new Unsupported("explicit key");
  }
  const indicator = token.sep?.find((part) => part.type === "map-value-ind");
  if (!indicator) throw new Unsupported("pair without a value indicator");
  return indicator.offset + 1;
}

/** Where a block mapping's keys start; their column is where new keys go. */
export function firstKeyOffset(map: YAMLMap): number {
  const [first] = map.items;
  if (!first) throw new Unsupported("empty block mapping");
  valueIndicatorEnd(first);
  return rangeOf(first.key)[0];
}
