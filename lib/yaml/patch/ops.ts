/**
 * What the planner hands the writer: the ops planned against one parse of the text, and the
 * splices they become. Kept apart so that planning and writing share the words, not the code.
 */

import type { Pair, YAMLMap, YAMLSeq } from "yaml";

import type { TreePath } from "@/lib/paths/tree-path";

/** Where a value sits: the document root, the value of a mapping pair, or a sequence item. */
export type Site =
  | { kind: "root"; node: unknown }
  | { kind: "pair"; node: unknown; pair: Pair; map: YAMLMap }
  | { kind: "item"; node: unknown; seq: YAMLSeq; index: number };

/** A change to the text: `text` replaces `start..end`; `depth` orders insertions at one offset. */
export type Splice = { start: number; end: number; text: string; depth: number };

/** One planned change at `path`: a value rewritten, a key or item added, or an entry cut. */
export type Op = { path: TreePath } & (
  | { kind: "replace"; site: Site; data: unknown }
  | { kind: "insert"; map: YAMLMap; key: string; data: unknown }
  | { kind: "append"; seq: YAMLSeq; data: unknown }
  | { kind: "delete"; splice: Splice }
);
