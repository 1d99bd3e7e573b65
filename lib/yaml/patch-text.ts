import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parse,
  parseDocument,
  type Scalar,
  type YAMLMap,
  visit,
  type YAMLSeq,
} from "yaml";

import { renderYaml, YAML_TO_STRING_OPTIONS, YAML_VERSION } from "./render";
import {
  applyValuesEdits,
  diffValues,
  type ValuesEdit,
  type ValuesPath,
  valuesEqual,
} from "./values-edits";

/**
 * How a patch was made: `splice` kept every untouched byte; `document` went through the yaml
 * library's Document API (comments kept, spacing and quoting normalised); `render` rewrote the
 * whole file from data, the last resort when neither of the others reads back right.
 */
export type PatchMethod = "splice" | "document" | "render";

/** Thrown where the splicer meets YAML it does not rewrite by hand; the caller falls back. */
class Unsupported extends Error {}

/**
 * Each batch of edits costs a parse. Edits that keep depending on each other's results would
 * re-parse once per edit; past this many batches the Document API is faster.
 */
const MAX_BATCHES = 32;

type BlockCollection = YAMLMap | YAMLSeq;

/** Where a value sits: the document root, the value of a mapping pair, or a sequence item. */
type Site =
  | { kind: "root"; node: unknown }
  | { kind: "pair"; node: unknown; pair: Pair; map: YAMLMap }
  | { kind: "item"; node: unknown; seq: YAMLSeq; index: number };

/** A change to the text: `text` replaces `start..end`; `depth` orders insertions at one offset. */
type Splice = { start: number; end: number; text: string; depth: number };

type Op = { path: ValuesPath } & (
  | { kind: "replace"; site: Site; data: unknown }
  | { kind: "insert"; map: YAMLMap; key: string; data: unknown }
  | { kind: "append"; seq: YAMLSeq; data: unknown }
  | { kind: "delete"; splice: Splice }
);

type Walk = { sites: Site[]; stop: "found" | "missing" | "opaque" };

/** A planned edit, an edit that must wait for the next parse, or finer edits to plan instead. */
type Outcome = "done" | "conflict" | ValuesEdit[];

function isBlockCollection(node: unknown): node is BlockCollection {
  return (isMap(node) || isSeq(node)) && !node.flow;
}

function isBlockScalar(node: unknown): node is Scalar {
  return isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
}

function rangeOf(node: unknown): [number, number] {
  const range = isNode(node) ? node.range : undefined;
  if (!range) throw new Unsupported("node without a source range");
  return [range[0], range[1]];
}

/** Path segments as one string; a number and the same digits as a string stay distinct. */
function pathKey(path: ValuesPath): string {
  return path
    .map((segment) => (typeof segment === "number" ? `#${segment}` : `$${segment}`))
    .join("\u0000");
}

/** A mapping key as the data reads it (`toJS` turns every scalar key into its string). */
function keyString(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null ? "" : String(key.value);
}

/**
 * Where the last content of `node` ends, ignoring the comments the parser counts into it: a
 * mapping's range runs on over the comment lines after its last value, even a shallower comment
 * that is really the header of the next section.
 */
function contentEnd(node: unknown): number {
  if (isBlockCollection(node) && node.items.length > 0) {
    const last: unknown = node.items[node.items.length - 1];
    if (isPair(last)) return contentEnd(isNode(last.value) ? last.value : last.key);
    return contentEnd(last);
  }
  return rangeOf(node)[1];
}

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/**
 * A block scalar header with keep chomping (`|+`): such a scalar takes in the blank lines after
 * it, so new text ending in one must not be followed by blank lines.
 */
const KEEP_CHOMPING = /[|>][1-9]?\+/;

/**
 * A block scalar header ending a line. A block scalar reads the more-indented lines after it as
 * content, comment lines included.
 */
const BLOCK_SCALAR_HEADER = /[|>][1-9+-]*$/m;

/** What YAML allows between single quotes: printable characters, no escapes needed. */
const SINGLE_QUOTABLE =
  /^[\t\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/**
 * `value` in double quotes with JSON escapes, which every YAML version reads alike; JSON leaves
 * DEL, C1 controls and a few Unicode specials bare, which YAML does not allow unescaped.
 */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Whether `data` holds a string, or a key, that looks like the start of a number: the only
 * strings YAML 1.1 leaves plain and YAML 1.2 may read otherwise. Checked first, because the
 * re-reading it spares costs more than rendering.
 */
function hasNumberLikeString(data: unknown): boolean {
  if (typeof data === "string") return /^[-+.0-9]/.test(data);
  if (Array.isArray(data)) return data.some(hasNumberLikeString);
  if (isPlainObject(data)) {
    return Object.entries(data).some(
      ([key, value]) => hasNumberLikeString(key) || hasNumberLikeString(value),
    );
  }
  return false;
}

/**
 * renderYaml's text for `data`, so that the whole app quotes alike. renderYaml quotes what YAML
 * 1.1 would misread (`yes`) but leaves `0o17` plain, which YAML 1.2 reads as the number 15; when
 * the text does not read back as `data`, it is re-read as YAML 1.1 and written for YAML 1.2,
 * which quotes such strings too.
 */
function renderSafely(data: unknown): string {
  const written = renderYaml(data);
  if (!hasNumberLikeString(data) || valuesEqual(parse(written), data)) return written;
  const doc = parseDocument(written, { version: YAML_VERSION });
  doc.setSchema("1.2");
  return doc.toString(YAML_TO_STRING_OPTIONS);
}

/**
 * `data` written as a pair value (`key: …`) or a sequence item (`- …`), split into the part on
 * the indicator's line and the lines below it (indented for column 0).
 */
function renderEntry(data: unknown, asItem: boolean): { inline: string; block: string } {
  const out = asItem ? renderSafely([data]) : renderSafely({ k: data });
  const lineEnd = out.indexOf("\n");
  return { inline: out.slice(asItem ? 1 : 2, lineEnd), block: out.slice(lineEnd + 1) };
}

/** A new scalar over `old`, in `old`'s quotes when the value can be written in them. */
function styledScalar(old: Scalar, value: unknown, rendered: string): string {
  if (typeof value !== "string" || LINE_BREAK.test(value)) return rendered;
  if (old.type === "QUOTE_SINGLE" && SINGLE_QUOTABLE.test(value)) {
    return `'${value.replaceAll("'", "''")}'`;
  }
  if (old.type === "QUOTE_DOUBLE") return doubleQuoted(value);
  return rendered;
}

/**
 * New text for the end of a file that has no final newline, written without one too; unless it
 * ends in a keep-chomping block scalar, whose value includes that newline.
 */
function withoutFinalNewline(text: string): string {
  return KEEP_CHOMPING.test(text) ? text : text.replace(/\r?\n$/, "");
}

/** Line arithmetic over the text a batch patches. */
class SourceText {
  readonly eol: string;

  constructor(readonly text: string) {
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
  }

  lineStart(pos: number): number {
    return pos === 0 ? 0 : this.text.lastIndexOf("\n", pos - 1) + 1;
  }

  column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** The offset of the newline ending `pos`'s line, or the end of the text. */
  newlineAt(pos: number): number {
    const newline = this.text.indexOf("\n", pos);
    return newline === -1 ? this.text.length : newline;
  }

  /** The start of the line after the one `pos` ends, or `pos` when it already starts a line. */
  lineEndAfter(pos: number): number {
    if (pos > 0 && this.text[pos - 1] === "\n") return pos;
    return Math.min(this.newlineAt(pos) + 1, this.text.length);
  }

  private lineAt(start: number): {
    end: number;
    indent: number;
    kind: "blank" | "comment" | "content";
  } {
    const end = Math.min(this.newlineAt(start) + 1, this.text.length);
    const line = this.text.slice(start, end);
    const trimmed = line.trim();
    const indent = line.length - line.trimStart().length;
    const kind = trimmed === "" ? "blank" : trimmed.startsWith("#") ? "comment" : "content";
    return { end, indent, kind };
  }

  /**
   * Where a new entry of a collection whose items sit at `column` goes: after its last content
   * (`from`) and after the comment lines that belong to it, i.e. those indented at least as deep
   * as the items and deeper than the next content line. A comment at the next line's depth or
   * shallower is the header of what follows, and stays right above it.
   */
  insertionPoint(from: number, column: number): number {
    const start = this.lineEndAfter(from);
    const comments: { end: number; indent: number }[] = [];
    let cursor = start;
    let nextIndent = -1;
    while (cursor < this.text.length) {
      const line = this.lineAt(cursor);
      if (line.kind === "content") {
        nextIndent = line.indent;
        break;
      }
      if (line.kind === "comment") comments.push(line);
      cursor = line.end;
    }
    let point = start;
    for (const comment of comments) {
      if (comment.indent < column || comment.indent <= nextIndent) break;
      point = comment.end;
    }
    return point;
  }

  /**
   * `from` moved past the comment lines below it that are indented deeper than `column` (and the
   * blank lines among them): commented-out children of the entry that ends at `from`. They go
   * with the entry, and must not follow a block scalar written in its place, which would read
   * them as its content.
   */
  pastDeeperComments(from: number, column: number): number {
    let end = from;
    let cursor = from;
    while (cursor < this.text.length) {
      const line = this.lineAt(cursor);
      if (line.kind === "content" || (line.kind === "comment" && line.indent <= column)) break;
      cursor = line.end;
      if (line.kind === "comment") end = cursor;
    }
    return end;
  }

  /** `from` moved past the blank lines right below it. */
  pastBlankLines(from: number): number {
    let cursor = from;
    while (cursor < this.text.length) {
      const line = this.lineAt(cursor);
      if (line.kind !== "blank") break;
      cursor = line.end;
    }
    return cursor;
  }

  /** Generated `text` indented by `column`, with this file's line ends. */
  indented(text: string, column: number): string {
    const pad = " ".repeat(column);
    return text
      .split("\n")
      .map((line) => (line === "" ? line : pad + line))
      .join(this.eol);
  }
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

function dashOffset(seq: YAMLSeq, index: number): number {
  const offset = dashOffsets(seq)[index];
  if (offset === undefined) throw new Unsupported("no such item");
  return offset;
}

/** Indexes of mapping keys, so that a wide mapping is not scanned once per edit. */
const keyIndexCache = new WeakMap<YAMLMap, Map<string, number>>();

function pairIndex(map: YAMLMap, key: string): number | undefined {
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
function valueIndicatorEnd(pair: Pair): number {
  const token = pair.srcToken;
  if (!token || token.start.some((part) => part.type === "explicit-key-ind")) {
    throw new Unsupported("explicit key");
  }
  const indicator = token.sep?.find((part) => part.type === "map-value-ind");
  if (!indicator) throw new Unsupported("pair without a value indicator");
  return indicator.offset + 1;
}

/** Where a block mapping's keys start; their column is where new keys go. */
function firstKeyOffset(map: YAMLMap): number {
  const [first] = map.items;
  if (!first) throw new Unsupported("empty block mapping");
  valueIndicatorEnd(first);
  return rangeOf(first.key)[0];
}

/**
 * Plans edits against one parse of the text and writes them as splices. Edits that depend on
 * one another's text (an edit inside a node another one deletes, an index a deletion shifted)
 * end the batch; edits under a node being rewritten or created join that node's data, so the
 * node is written once.
 */
class BatchPlanner {
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

  private walk(path: ValuesPath): Walk | "conflict" {
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
        (isMap(node) && isPlainObject(edit.value) && Object.keys(edit.value).length > 0) ||
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
    const removal = this.removal(site);
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

  /**
   * The text an entry occupies: its lines from the key (or `-`) through its value and the
   * comments indented under it. Comment lines above the key stay. The first entry of a compact
   * `- key: value` item shares its line with the `-`, so it is cut up to the next entry instead.
   */
  private removal(
    site: Site & { kind: "pair" | "item" },
  ): { start: number; end: number; compact: boolean } | undefined {
    const text = this.src.text;
    const start =
      site.kind === "pair" ? rangeOf(site.pair.key)[0] : dashOffset(site.seq, site.index);
    if (site.kind === "pair") valueIndicatorEnd(site.pair);
    const lineStart = this.src.lineStart(start);
    const lead = text.slice(lineStart, start);
    if (/^[ \t]*$/.test(lead)) {
      const valueEnd = contentEnd(
        site.kind === "pair" && !isNode(site.node) ? site.pair.key : site.node,
      );
      const end = this.src.pastDeeperComments(
        this.src.lineEndAfter(valueEnd),
        this.src.column(start),
      );
      return { start: lineStart, end, compact: false };
    }
    const isFirst = site.kind === "pair" ? site.map.items[0] === site.pair : site.index === 0;
    if (!isFirst || !/^[ \t]*(-[ \t]+)+$/.test(lead)) throw new Unsupported("entry mid-line");
    const length = site.kind === "pair" ? site.map.items.length : site.seq.items.length;
    if (length < 2) return undefined;
    const next =
      site.kind === "pair" ? rangeOf(site.map.items[1]?.key)[0] : dashOffset(site.seq, 1);
    return { start, end: next, compact: true };
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

  /** The text with every planned op written. */
  apply(): string {
    const splices = [...this.ops.values()].flatMap((op) => this.splicesOf(op));
    const ordered = splices
      .map((splice, order) => ({ splice, order }))
      .sort(
        (a, b) =>
          a.splice.start - b.splice.start ||
          a.splice.end - a.splice.start - (b.splice.end - b.splice.start) ||
          // Insertions at one offset: the deeper one belongs to the entry above, so it goes first.
          b.splice.depth - a.splice.depth ||
          a.order - b.order,
      )
      .map(({ splice }) => splice);
    const text = this.src.text;
    const parts: string[] = [];
    let cursor = 0;
    for (const splice of ordered) {
      if (splice.start < cursor) throw new Unsupported("overlapping edits");
      parts.push(text.slice(cursor, splice.start), splice.text);
      cursor = splice.end;
    }
    parts.push(text.slice(cursor));
    return parts.join("");
  }

  private splicesOf(op: Op): Splice[] {
    switch (op.kind) {
      case "delete":
        return [op.splice];
      case "replace":
        return this.replacement(op.site, op.data);
      case "insert": {
        const column = this.src.column(firstKeyOffset(op.map));
        const body = renderSafely({ [op.key]: op.data });
        return [this.insertion(contentEnd(op.map), column, body, column)];
      }
      case "append": {
        const column = this.src.column(dashOffset(op.seq, 0));
        // After any mapping entry at the same column: an item belongs to the sequence above.
        return [this.insertion(contentEnd(op.seq), column, renderSafely([op.data]), column + 0.5)];
      }
    }
  }

  private insertion(from: number, column: number, body: string, depth: number): Splice {
    const { text, eol } = this.src;
    const point = this.src.insertionPoint(from, column);
    const at = KEEP_CHOMPING.test(body) ? this.src.pastBlankLines(point) : point;
    const written = this.src.indented(body, column);
    // A file without a final newline gets none after the new entry either.
    if (at === text.length && text.length > 0 && !text.endsWith("\n")) {
      return { start: at, end: at, text: eol + withoutFinalNewline(written), depth };
    }
    return { start: at, end: at, text: written, depth };
  }

  private replacement(site: Site, data: unknown): Splice[] {
    if (site.kind === "root") return this.rootReplacement(site.node, data);
    const { text, eol } = this.src;
    const indicatorEnd =
      site.kind === "pair" ? valueIndicatorEnd(site.pair) : dashOffset(site.seq, site.index) + 1;
    const column =
      site.kind === "pair"
        ? this.src.column(rangeOf(site.pair.key)[0])
        : this.src.column(indicatorEnd - 1);
    const fresh = renderEntry(data, site.kind === "item");
    const old = site.node;

    // A scalar over a scalar: only the old scalar's characters change, in its quotes if possible.
    if (fresh.block === "" && isNode(old) && !isBlockScalar(old) && !isBlockCollection(old)) {
      const [start, end] = rangeOf(old);
      if (start < end) {
        const written = fresh.inline.trimStart();
        const styled = isScalar(old) ? styledScalar(old, data, written) : written;
        return [{ start, end, text: styled, depth: 0 }];
      }
    }

    // Otherwise the value is rewritten: the part on the indicator's line up to `inlineEnd`, and
    // the whole lines below it up to `blockEnd`. The rest of the indicator's line (a comment)
    // stays on that line, above any block the new value needs.
    let inlineEnd = indicatorEnd;
    let blockEnd: number | undefined;
    if (isBlockScalar(old)) {
      const [start, end] = rangeOf(old);
      inlineEnd = start + (/^[|>][1-9+-]*/.exec(text.slice(start, start + 4))?.[0].length ?? 1);
      blockEnd = end;
    } else if (isBlockCollection(old)) {
      const [start] = rangeOf(old);
      const startsOwnLine = this.src.lineStart(start) > indicatorEnd;
      inlineEnd = startsOwnLine ? indicatorEnd : this.src.newlineAt(start);
      blockEnd = this.src.lineEndAfter(contentEnd(old));
    } else if (isNode(old) && rangeOf(old)[0] < rangeOf(old)[1]) {
      inlineEnd = rangeOf(old)[1];
    }
    if (blockEnd === undefined && fresh.block === "") {
      return [{ start: indicatorEnd, end: inlineEnd, text: fresh.inline, depth: 0 }];
    }
    const newline = this.src.newlineAt(inlineEnd);
    let rest = text.slice(inlineEnd, newline).replace(/\r$/, "");
    if (rest.trim() === "") rest = "";
    else if (!/^\s/.test(rest)) rest = ` ${rest}`;
    let end = Math.max(Math.min(newline + 1, text.length), blockEnd ?? 0);
    const freshText = `${fresh.inline}\n${fresh.block}`;
    if (BLOCK_SCALAR_HEADER.test(freshText)) end = this.src.pastDeeperComments(end, column);
    if (KEEP_CHOMPING.test(freshText)) end = this.src.pastBlankLines(end);
    let written = fresh.inline + rest + eol + this.src.indented(fresh.block, column);
    if (end === text.length && !text.endsWith("\n")) written = withoutFinalNewline(written);
    return [{ start: indicatorEnd, end, text: written, depth: 0 }];
  }

  private rootReplacement(node: unknown, data: unknown): Splice[] {
    const { text, eol } = this.src;
    // A block scalar at the root would read every comment line after it as content.
    const written =
      typeof data === "string" && LINE_BREAK.test(data)
        ? `${doubleQuoted(data)}\n`
        : renderSafely(data);
    const rendered = written.split("\n").join(eol);
    if (!isNode(node)) {
      if (data === null) return [];
      const lead = text.length > 0 && !text.endsWith("\n") ? eol : "";
      return [{ start: text.length, end: text.length, text: lead + rendered, depth: 0 }];
    }
    // Through the end of the old root's lines, and the comments indented under it, which the
    // new root could otherwise take in.
    const [start] = rangeOf(node);
    const end = this.src.pastDeeperComments(this.src.lineEndAfter(contentEnd(node)), 0);
    const lastLine = end === text.length && !text.endsWith("\n");
    return [{ start, end, text: lastLine ? withoutFinalNewline(rendered) : rendered, depth: 0 }];
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Applies the edits batch by batch, re-parsing between batches; throws Unsupported to give up. */
function spliceEdits(text: string, parsed: Document.Parsed, edits: readonly ValuesEdit[]): string {
  const stack = [...edits].reverse();
  let source = text;
  let doc = parsed;
  for (let batch = 0; stack.length > 0; batch++) {
    if (batch === MAX_BATCHES) throw new Unsupported("too many dependent edits");
    if (batch > 0) {
      doc = parseDocument(source, { keepSourceTokens: true });
      if (doc.errors.length > 0) throw new Unsupported("a batch broke the text");
    }
    const planner = new BatchPlanner(source, doc);
    while (stack.length > 0) {
      const outcome = planner.plan(stack[stack.length - 1]!);
      if (outcome === "conflict") break;
      stack.pop();
      if (outcome !== "done") stack.push(...[...outcome].reverse());
    }
    if (planner.isEmpty && stack.length > 0) {
      throw new Unsupported("an edit conflicts with nothing");
    }
    source = planner.apply();
  }
  return source;
}

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
function editNode(doc: Document, node: unknown, path: ValuesPath, edit: ValuesEdit): unknown {
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
function documentEdits(text: string, edits: readonly ValuesEdit[], expanded: boolean): string {
  const doc: Document = parseDocument(text);
  if (expanded) expandAliases(doc);
  for (const edit of edits) doc.contents = editNode(doc, doc.contents, edit.path, edit) as Node;
  return doc.toString(YAML_TO_STRING_OPTIONS);
}

/** Whether `text` is YAML that reads as exactly `expected`. */
function readsAs(text: string, expected: unknown): boolean {
  try {
    const doc = parseDocument(text);
    return doc.errors.length === 0 && valuesEqual(doc.toJS(), expected);
  } catch {
    return false;
  }
}

/**
 * The last text patched, parsed. An imported file is patched again at every change of the form,
 * always from the same text: keeping its parse halves the cost of each export. Nothing here
 * mutates the document or the data (applyValuesEdits copies).
 */
let lastSource: { text: string; parsed: Document.Parsed; data: unknown } | undefined;

function parsedSource(text: string): { parsed: Document.Parsed; data: unknown } {
  if (lastSource?.text !== text) {
    const parsed = parseDocument(text, { keepSourceTokens: true });
    lastSource = { text, parsed, data: parsed.toJS() };
  }
  return lastSource;
}

/**
 * patchYamlText, and which way the result was made: callers and tests can tell a file that kept
 * its bytes from one that had to be rewritten.
 */
export function patchYamlTextDetailed(
  text: string,
  edits: readonly ValuesEdit[],
): { text: string; method: PatchMethod } {
  if (edits.length === 0) return { text, method: "splice" };
  const { parsed, data } = parsedSource(text);
  const expected = applyValuesEdits(data, edits);
  const attempts: [PatchMethod, () => string][] = [
    ["splice", () => spliceEdits(text, parsed, edits)],
    ["document", () => documentEdits(text, edits, false)],
    ["document", () => documentEdits(text, edits, true)],
  ];
  for (const [method, attempt] of attempts) {
    try {
      const patched = attempt();
      if (readsAs(patched, expected)) return { text: patched, method };
    } catch {
      // Unsupported, or a case the splicer gets wrong: the next way is tried.
    }
  }
  return { text: renderSafely(expected), method: "render" };
}

/**
 * The YAML text `text` with `edits` applied, keeping every untouched byte: comments, blank
 * lines, quoting and key order outside the edited values stay as the user wrote them, so an
 * imported values file comes back as their file with their changes, not as Easel's rendering.
 * The result is checked by parsing it; should the splicer get a case wrong, the edits are made
 * through the yaml library's Document API instead, which is right but normalises layout.
 */
export function patchYamlText(text: string, edits: readonly ValuesEdit[]): string {
  return patchYamlTextDetailed(text, edits).text;
}
