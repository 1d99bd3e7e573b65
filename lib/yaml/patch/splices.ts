/**
 * Planned ops written as splices of the original text: only the characters an op changes are
 * replaced, so comments, blank lines and quoting around them keep their bytes. New text is
 * indented to its siblings' column and placed so that no comment or blank line changes owner.
 */

import { isNode, isScalar } from "yaml";

import type { SourceText } from "./lines";
import {
  BLOCK_SCALAR_HEADER,
  doubleQuoted,
  KEEP_CHOMPING,
  LINE_BREAK,
  renderEntry,
  renderSafely,
  styledScalar,
  withoutFinalNewline,
} from "./new-value-text";
import type { Op, Site, Splice } from "./ops";
import {
  contentEnd,
  dashOffset,
  firstKeyOffset,
  isBlockCollection,
  isBlockScalar,
  rangeOf,
  valueIndicatorEnd,
} from "./source-nodes";
import { Unsupported } from "./unsupported";

/** The text with every op written; ops that overlap throw Unsupported. */
export function writeOps(src: SourceText, ops: readonly Op[]): string {
  const splices = ops.flatMap((op) => splicesOf(src, op));
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
  const text = src.text;
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

/**
 * The text an entry occupies: its lines from the key (or `-`) through its value and the
 * comments indented under it. Comment lines above the key stay. The first entry of a compact
 * `- key: value` item shares its line with the `-`, so it is cut up to the next entry instead.
 */
export function entryRemoval(
  src: SourceText,
  site: Site & { kind: "pair" | "item" },
): { start: number; end: number; compact: boolean } | undefined {
  const text = src.text;
  const start = site.kind === "pair" ? rangeOf(site.pair.key)[0] : dashOffset(site.seq, site.index);
  if (site.kind === "pair") valueIndicatorEnd(site.pair);
  const lineStart = src.lineStart(start);
  const lead = text.slice(lineStart, start);
  if (/^[ \t]*$/.test(lead)) {
    const valueEnd = contentEnd(
      site.kind === "pair" && !isNode(site.node) ? site.pair.key : site.node,
    );
    const end = src.pastDeeperComments(src.lineEndAfter(valueEnd), src.column(start));
    return { start: lineStart, end, compact: false };
  }
  const isFirst = site.kind === "pair" ? site.map.items[0] === site.pair : site.index === 0;
  if (!isFirst || !/^[ \t]*(-[ \t]+)+$/.test(lead)) throw new Unsupported("entry mid-line");
  const length = site.kind === "pair" ? site.map.items.length : site.seq.items.length;
  if (length < 2) return undefined;
  const next = site.kind === "pair" ? rangeOf(site.map.items[1]?.key)[0] : dashOffset(site.seq, 1);
  return { start, end: next, compact: true };
}

function splicesOf(src: SourceText, op: Op): Splice[] {
  switch (op.kind) {
    case "delete":
      return [op.splice];
    case "replace":
      return replacement(src, op.site, op.data);
    case "insert": {
      const column = src.column(firstKeyOffset(op.map));
      const body = renderSafely({ [op.key]: op.data });
      return [insertion(src, contentEnd(op.map), column, body, column)];
    }
    case "append": {
      const column = src.column(dashOffset(op.seq, 0));
      // After any mapping entry at the same column: an item belongs to the sequence above.
      return [insertion(src, contentEnd(op.seq), column, renderSafely([op.data]), column + 0.5)];
    }
  }
}

function insertion(
  src: SourceText,
  from: number,
  column: number,
  body: string,
  depth: number,
): Splice {
  const { text, eol } = src;
  const point = src.insertionPoint(from, column);
  const at = KEEP_CHOMPING.test(body) ? src.pastBlankLines(point) : point;
  const written = src.indented(body, column);
  // A file without a final newline gets none after the new entry either.
  if (at === text.length && text.length > 0 && !text.endsWith("\n")) {
    return { start: at, end: at, text: eol + withoutFinalNewline(written), depth };
  }
  return { start: at, end: at, text: written, depth };
}

function replacement(src: SourceText, site: Site, data: unknown): Splice[] {
  if (site.kind === "root") return rootReplacement(src, site.node, data);
  const { text, eol } = src;
  const indicatorEnd =
    site.kind === "pair" ? valueIndicatorEnd(site.pair) : dashOffset(site.seq, site.index) + 1;
  const column =
    site.kind === "pair" ? src.column(rangeOf(site.pair.key)[0]) : src.column(indicatorEnd - 1);
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
    const startsOwnLine = src.lineStart(start) > indicatorEnd;
    inlineEnd = startsOwnLine ? indicatorEnd : src.newlineAt(start);
    blockEnd = src.lineEndAfter(contentEnd(old));
  } else if (isNode(old) && rangeOf(old)[0] < rangeOf(old)[1]) {
    inlineEnd = rangeOf(old)[1];
  }
  if (blockEnd === undefined && fresh.block === "") {
    return [{ start: indicatorEnd, end: inlineEnd, text: fresh.inline, depth: 0 }];
  }
  const newline = src.newlineAt(inlineEnd);
  let rest = text.slice(inlineEnd, newline).replace(/\r$/, "");
  if (rest.trim() === "") rest = "";
  else if (!/^\s/.test(rest)) rest = ` ${rest}`;
  let end = Math.max(Math.min(newline + 1, text.length), blockEnd ?? 0);
  const freshText = `${fresh.inline}\n${fresh.block}`;
  if (BLOCK_SCALAR_HEADER.test(freshText)) end = src.pastDeeperComments(end, column);
  if (KEEP_CHOMPING.test(freshText)) end = src.pastBlankLines(end);
  let written = fresh.inline + rest + eol + src.indented(fresh.block, column);
  if (end === text.length && !text.endsWith("\n")) written = withoutFinalNewline(written);
  return [{ start: indicatorEnd, end, text: written, depth: 0 }];
}

function rootReplacement(src: SourceText, node: unknown, data: unknown): Splice[] {
  const { text, eol } = src;
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
  const end = src.pastDeeperComments(src.lineEndAfter(contentEnd(node)), 0);
  const lastLine = end === text.length && !text.endsWith("\n");
  return [{ start, end, text: lastLine ? withoutFinalNewline(rendered) : rendered, depth: 0 }];
}
