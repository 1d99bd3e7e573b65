/**
 * Plans edits against one parse of the text: walks each edit's path through the document and
 * turns it into an op (a value rewritten, a key or item added, an entry cut), or into finer edits
 * when a whole collection is set over one that shares most of it.
 */

import { isMap, isNode, isSeq, type Document, type YAMLSeq } from "yaml";

import type { TreePath } from "@/lib/paths/tree-path";
import { isMapping } from "@/lib/tree/tree";

import { applyValuesEdits, diffValues, valuesEqual, type ValuesEdit } from "../values-edits";
import { SourceText } from "./lines";
import type { Op, Site } from "./ops";
import { isBlockCollection, pairIndex, type BlockCollection } from "./source-nodes";
import { entryRemoval, writeOps } from "./splices";

type Walk = { sites: Site[]; stop: "found" | "missing" | "opaque" };

/** A planned edit, an edit that must wait for the next parse, or finer edits to plan instead. */
export type Outcome = "done" | "conflict" | ValuesEdit[];

/** Path segments as one string; a number and the same digits as a string stay distinct. */
function pathKey(path: TreePath): string {
  return path
    .map((segment) => (typeof segment === "number" ? `#${segment}` : `$${segment}`))
    .join("\u0000");
}

/**
 * Plans edits against one parse of the text and writes them as splices. Edits that depend on
 * one another's text (an edit inside a node another one deletes, an index a deletion shifted)
 * end the batch; edits under a node being rewritten or created join that node's data, so the
 * node is written once.
 */
export class BatchPlanner {
  private readonly src: SourceText;
  private readonly ops = new Map<string, Op>();
  /** How many pending ops lie strictly below each path. */
  private readonly below = new Map<string, number>();
  /** Net items added (+) or removed (-) per collection. */
  private readonly sizeChange = new Map<BlockCollection, number>();
  private readonly appended = new Map<YAMLSeq, number>();
  private readonly lowestDeleted = new Map<YAMLSeq, number>();
  private readonly withDeletes = new Set<BlockCollection>();
  /** Collections whose first entry is cut up to the next one: no other removal may touch them. */
  private readonly frozen = new Set<BlockCollection>();

  constructor(
    text: string,
    private readonly doc: Document.Parsed,
  ) {
    this.src = new SourceText(text);
  }

  get isEmpty(): boolean {
    return this.ops.size === 0;
  }

  plan(edit: ValuesEdit): Outcome {
    // Walked first: an index a pending deletion shifted no longer names what the ops planned on.
    const walk = this.walk(edit.path);
    if (walk === "conflict") return "conflict";
    const merged = this.mergeIntoPending(edit);
    if (merged !== undefined) return merged;
    if (this.below.has(pathKey(edit.path))) return "conflict";
    return edit.kind === "set" ? this.planSet(edit, walk) : this.planDelete(edit, walk);
  }

  /** The text with every planned op written. */
  apply(): string {
    return writeOps(this.src, [...this.ops.values()]);
  }

  /** Folds `edit` into a pending op on it or on an ancestor, whose data then carries it. */
  private mergeIntoPending(edit: ValuesEdit): Outcome | undefined {
    for (let depth = edit.path.length; depth >= 0; depth--) {
      const op = this.ops.get(pathKey(edit.path.slice(0, depth)));
      if (!op) continue;
      if (op.kind === "delete") return "conflict";
      const rest = edit.path.slice(depth);
      if (rest.length === 0 && edit.kind === "delete") {
        // Withdrawing an append moves later indexes; withdrawing an insert next to deletions
        // may leave the mapping empty, which the deletions were not planned for.
        if (op.kind === "append") return "conflict";
        if (op.kind === "insert" && this.withDeletes.has(op.map)) return "conflict";
        this.removeOp(op);
        return op.kind === "insert" ? "done" : undefined;
      }
      op.data = applyValuesEdits(op.data, [{ ...edit, path: rest }]);
      return "done";
    }
    return undefined;
  }

  private walk(path: TreePath): Walk | "conflict" {
    const sites: Site[] = [{ kind: "root", node: this.doc.contents }];
    for (const segment of path) {
      const site = sites[sites.length - 1]!;
      const node = site.node;
      if (!isBlockCollection(node)) return { sites, stop: "opaque" };
      if (isSeq(node)) {
        const lowest = this.lowestDeleted.get(node);
        if (lowest !== undefined && (typeof segment !== "number" || segment >= lowest)) {
          return "conflict";
        }
        const index = typeof segment === "number" ? segment : -1;
        if (!Number.isInteger(index) || index < 0 || index >= node.items.length) {
          return { sites, stop: "missing" };
        }
        sites.push({ kind: "item", node: node.items[index], seq: node, index });
      } else {
        const index = pairIndex(node, String(segment));
        const pair = index === undefined ? undefined : node.items[index];
        if (!pair) return { sites, stop: "missing" };
        sites.push({ kind: "pair", node: pair.value, pair, map: node });
      }
    }
    return { sites, stop: "found" };
  }

  private toJS(node: unknown): unknown {
    return isNode(node) ? node.toJS(this.doc) : null;
  }

  private planSet(edit: ValuesEdit & { kind: "set" }, { sites, stop }: Walk): Outcome {
    const depth = sites.length - 1;
    const site = sites[depth]!;
    const node = site.node;
    if (stop === "found") {
      // A whole collection over one of its kind: only its differences are written, so that
      // everything it shares with the file keeps its text.
      const sameKind =
        (isMap(node) && isMapping(edit.value) && Object.keys(edit.value).length > 0) ||
        (isSeq(node) && Array.isArray(edit.value) && edit.value.length > 0);
      if (isBlockCollection(node) && sameKind) {
        return diffValues(this.toJS(node), edit.value).map((inner) => ({
          ...inner,
          path: [...edit.path, ...inner.path],
        }));
      }
      if (valuesEqual(this.toJS(node), edit.value)) return "done";
      return this.addOp({ kind: "replace", site, path: edit.path, data: edit.value });
    }
    const rest = edit.path.slice(depth);
    if (stop === "missing" && isBlockCollection(node)) {
      const [segment] = rest;
      const data = applyValuesEdits(undefined, [{ ...edit, path: rest.slice(1) }]);
      const path = edit.path.slice(0, depth + 1);
      if (isMap(node)) {
        return this.addOp({ kind: "insert", map: node, key: String(segment), path, data });
      }
      const length = node.items.length + (this.appended.get(node) ?? 0);
      if (segment === length) return this.addOp({ kind: "append", seq: node, path, data });
    }
    // A scalar, null, flow collection or alias on the way, or an index past the end: the node
    // is rewritten whole from its data.
    const data = applyValuesEdits(this.toJS(node), [{ ...edit, path: rest }]);
    return this.addOp({ kind: "replace", site, path: edit.path.slice(0, depth), data });
  }

  private planDelete(edit: ValuesEdit & { kind: "delete" }, { sites, stop }: Walk): Outcome {
    const depth = sites.length - 1;
    const site = sites[depth]!;
    if (stop === "missing") return "done";
    if (stop === "opaque") {
      const before = this.toJS(site.node);
      const after = applyValuesEdits(before, [{ ...edit, path: edit.path.slice(depth) }]);
      if (valuesEqual(before, after)) return "done";
      return this.addOp({ kind: "replace", site, path: edit.path.slice(0, depth), data: after });
    }
    if (site.kind === "root") return this.addOp({ kind: "replace", site, path: [], data: null });
    const collection = site.kind === "pair" ? site.map : site.seq;
    if (this.frozen.has(collection)) return "conflict";
    if (collection.items.length + (this.sizeChange.get(collection) ?? 0) <= 1) {
      // Removing the last entry's lines would leave `key:` with nothing, which reads as null.
      const parent = sites[depth - 1]!;
      const data = isMap(collection) ? {} : [];
      return this.addOp({ kind: "replace", site: parent, path: edit.path.slice(0, -1), data });
    }
    const removal = entryRemoval(this.src, site);
    // A compact first entry is cut up to the next entry; when that is still to be inserted,
    // the insertion has to land first.
    if (!removal) return "conflict";
    if (removal.compact) {
      if (this.withDeletes.has(collection)) return "conflict";
      this.frozen.add(collection);
    }
    this.withDeletes.add(collection);
    if (site.kind === "item") {
      const lowest = this.lowestDeleted.get(site.seq) ?? Infinity;
      this.lowestDeleted.set(site.seq, Math.min(lowest, site.index));
    }
    this.sizeChange.set(collection, (this.sizeChange.get(collection) ?? 0) - 1);
    const { start, end } = removal;
    return this.addOp({
      kind: "delete",
      path: edit.path,
      splice: { start, end, text: "", depth: 0 },
    });
  }

  private addOp(op: Op): Outcome {
    const key = pathKey(op.path);
    if (this.below.has(key) || this.ops.has(key)) return "conflict";
    this.ops.set(key, op);
    for (let depth = 0; depth < op.path.length; depth++) {
      const ancestor = pathKey(op.path.slice(0, depth));
      this.below.set(ancestor, (this.below.get(ancestor) ?? 0) + 1);
    }
    if (op.kind === "insert") this.sizeChange.set(op.map, (this.sizeChange.get(op.map) ?? 0) + 1);
    if (op.kind === "append") {
      this.sizeChange.set(op.seq, (this.sizeChange.get(op.seq) ?? 0) + 1);
      this.appended.set(op.seq, (this.appended.get(op.seq) ?? 0) + 1);
    }
    return "done";
  }

  /** Only replacements and insertions are ever withdrawn; neither moves an index. */
  private removeOp(op: Op): void {
    this.ops.delete(pathKey(op.path));
    for (let depth = 0; depth < op.path.length; depth++) {
      const ancestor = pathKey(op.path.slice(0, depth));
      const count = (this.below.get(ancestor) ?? 0) - 1;
      if (count > 0) this.below.set(ancestor, count);
      else this.below.delete(ancestor);
    }
    if (op.kind === "insert") this.sizeChange.set(op.map, (this.sizeChange.get(op.map) ?? 0) - 1);
  }
}
