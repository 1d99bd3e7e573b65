import { Document, isScalar, visit } from "yaml";

/**
 * Helm reads values with a YAML 1.1 parser, where `yes`, `on` or `0777` are not strings. Writing
 * as YAML 1.1 makes the library quote every such string, so every parser reads the same data.
 */
export const YAML_VERSION = "1.1";

/**
 * Whether a literal block can hold `value` exactly. The yaml library writes a block whose first
 * line is only spaces without an indentation indicator, which reads back with those spaces lost;
 * and Helm's go-yaml refuses a block whose first line starts with a tab, taking it for
 * indentation. Such strings are double-quoted instead.
 */
function fitsLiteralBlock(value: string): boolean {
  return (
    !value.startsWith("\t") && !value.split("\n").some((line) => line !== "" && line.trim() === "")
  );
}

const MERGE_KEY = "<<";

/**
 * Characters the yaml library writes raw, even between double quotes, that Helm's go-yaml does not
 * read back: NEL, LS and PS are line breaks to it (a key typed with one would start a new key), DEL
 * and the C1 controls are refused, and a stray BOM or a noncharacter is not text. Strings holding
 * one are double-quoted, where `\uXXXX` escapes read alike in every YAML version.
 */
export const HELM_UNREADABLE_CHARACTERS = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * `text` with every Helm-unreadable character escaped as `\uXXXX`: right inside double quotes,
 * and harmless text inside a comment.
 */
export function escapeHelmUnreadable(text: string): string {
  return text.replace(
    HELM_UNREADABLE_CHARACTERS,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A string Helm reads back only between double quotes, escaped. */
function needsEscapes(value: string): boolean {
  return value.search(HELM_UNREADABLE_CHARACTERS) !== -1;
}

/**
 * The numbers go-yaml v2, Helm's reader, finds in a plain scalar once it has dropped every `_`:
 * Go's integers in any base (`0o17`, `0b10` too) and YAML-style floats. So it reads `-_8e20`,
 * `1_0` or `0o17` as numbers where YAML 1.1 (and the yaml library) sees strings.
 */
const GO_YAML_NUMBER =
  /^[-+]?(?:0b[01]+|0o?[0-7]+|0x[0-9a-f]+|[0-9]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:e[-+]?[0-9]+)?)$/i;

/** What a number can start with, `_` included: most strings are ruled out by their first character. */
const NUMBER_START = /^[-+._0-9]/;

/** A string Helm's reader would take for a number when written plain. */
function readsAsNumberInHelm(value: string): boolean {
  return NUMBER_START.test(value) && GO_YAML_NUMBER.test(value.replaceAll("_", ""));
}

/** Whether Helm reads `value` back only when it is double-quoted (and escaped). */
function needsDoubleQuotes(value: string): boolean {
  return readsAsNumberInHelm(value) || needsEscapes(value);
}

/**
 * JSON-style escapes keep a double-quoted string on one line with escapes every YAML version
 * reads alike; the library's folded form uses `\ `, which its own YAML 1.1 reader drops.
 */
const YAML_TO_STRING_OPTIONS = { lineWidth: 0, doubleQuotedAsJSON: true } as const;

/**
 * The document's text as Helm reads it: every string holding a Helm-unreadable character, or that
 * Helm would read as a number, is double-quoted, then every such character escaped (in a comment it
 * stays harmless text).
 */
export function helmReadableText(doc: Document): string {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && needsDoubleQuotes(node.value)) {
        node.type = "QUOTE_DOUBLE";
      }
    },
  });
  return escapedText(doc);
}

/** The document's text with every Helm-unreadable character escaped; its strings quoted already. */
function escapedText(doc: Document): string {
  return escapeHelmUnreadable(doc.toString(YAML_TO_STRING_OPTIONS));
}

export type RenderOptions = {
  /** Comment lines written above the document, without the leading "#". */
  header?: readonly string[];
};

/**
 * `data` as a YAML document. Every string is quoted as needed by the library, never by hand, so
 * no value can break the document or add keys; multi-line strings become literal blocks.
 */
export function renderYaml(data: unknown, options: RenderOptions = {}): string {
  const doc = new Document(data, { version: YAML_VERSION });
  visit(doc, {
    Pair(_key, pair) {
      // A plain `<<` key is YAML 1.1's merge key: Helm would merge instead of reading a key. The
      // library writes `<<` plain whatever its style, so it is tagged as a string explicitly.
      if (isScalar(pair.key) && pair.key.value === MERGE_KEY) {
        pair.key.tag = "tag:yaml.org,2002:str";
        pair.key.type = "QUOTE_DOUBLE";
      }
    },
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== "string") return;
      // One pass for both: what Helm would misread is double-quoted before any other style.
      if (needsDoubleQuotes(node.value)) node.type = "QUOTE_DOUBLE";
      else if (node.value.includes("\n")) {
        node.type = fitsLiteralBlock(node.value) ? "BLOCK_LITERAL" : "QUOTE_DOUBLE";
      }
    },
  });
  if (options.header?.length) {
    doc.commentBefore = options.header.map((line) => ` ${line}`).join("\n");
  }
  return escapedText(doc);
}
