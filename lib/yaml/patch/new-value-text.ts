/**
 * New values written as YAML text to splice into a file: through renderYaml, so that a patched
 * file quotes alike with the rest of the app, and in the old scalar's quotes where those can hold
 * the new value. The patterns say which written text needs care where it lands.
 */

import { parse, parseDocument, type Scalar } from "yaml";

import { isMapping } from "@/lib/tree/tree";

import { escapeHelmUnreadable, helmReadableText, renderYaml, YAML_VERSION } from "../stringify";
import { valuesEqual } from "../values-edits";

/** The characters YAML reads as line breaks. */
export const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/**
 * A block scalar header with keep chomping (`|+`): such a scalar takes in the blank lines after
 * it, so new text ending in one must not be followed by blank lines.
 */
export const KEEP_CHOMPING = /[|>][1-9]?\+/;

/**
 * A block scalar header ending a line. A block scalar reads the more-indented lines after it as
 * content, comment lines included.
 */
export const BLOCK_SCALAR_HEADER = /[|>][1-9+-]*$/m;

/** What YAML allows between single quotes: printable characters, no escapes needed. */
const SINGLE_QUOTABLE =
  /^[\t\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/**
 * `value` in double quotes with JSON escapes, which every YAML version reads alike; JSON leaves
 * DEL, C1 controls and a few Unicode specials bare, which Helm does not read unescaped.
 */
export function doubleQuoted(value: string): string {
  return escapeHelmUnreadable(JSON.stringify(value));
}

/**
 * Whether `data` holds a string, or a key, that looks like the start of a number: the only
 * strings YAML 1.1 leaves plain and YAML 1.2 may read otherwise. Checked first, because the
 * re-reading it spares costs more than rendering.
 */
function hasNumberLikeString(data: unknown): boolean {
  if (typeof data === "string") return /^[-+.0-9]/.test(data);
  if (Array.isArray(data)) return data.some(hasNumberLikeString);
  if (isMapping(data)) {
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
export function renderSafely(data: unknown): string {
  const written = renderYaml(data);
  if (!hasNumberLikeString(data) || valuesEqual(parse(written), data)) return written;
  const doc = parseDocument(written, { version: YAML_VERSION });
  doc.setSchema("1.2");
  return helmReadableText(doc);
}

/**
 * `data` written as a pair value (`key: …`) or a sequence item (`- …`), split into the part on
 * the indicator's line and the lines below it (indented for column 0).
 */
export function renderEntry(data: unknown, asItem: boolean): { inline: string; block: string } {
  const out = asItem ? renderSafely([data]) : renderSafely({ k: data });
  const lineEnd = out.indexOf("\n");
  return { inline: out.slice(asItem ? 1 : 2, lineEnd), block: out.slice(lineEnd + 1) };
}

/** A new scalar over `old`, in `old`'s quotes when the value can be written in them. */
export function styledScalar(old: Scalar, value: unknown, rendered: string): string {
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
export function withoutFinalNewline(text: string): string {
  return KEEP_CHOMPING.test(text) ? text : text.replace(/\r?\n$/, "");
}
