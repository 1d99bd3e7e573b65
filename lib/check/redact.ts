import { isMap, isScalar, isSeq, Scalar, type Document, type Node } from "yaml";

import { readValuesFile } from "@/lib/import/read-values-file";
import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";
import { positionFinder } from "@/lib/yaml/node-lines";
import type { TextProblem } from "@/lib/yaml/parse-untrusted";

/** What a secret value is replaced with. */
export const REDACTED = "REDACTED";

/** One value replaced, where and why. */
export type Redaction = { path: string; line: number; why: string };

/** Key names that mean their value is a secret, by how they end (`clientSecret`, `bindPW`). */
const SECRET_KEY =
  /(password|passwd|secret|token|api[-_]?key|private[-_]?key|credentials?|bindpw|key-data|htpasswd|hash)$/i;

/** Where Easel writes a secret whose key does not say so (the probes' Basic credentials). */
const SECRET_PATHS: readonly RegExp[] = [
  /^alertmanager\.(livenessProbe|readinessProbe)\.httpGet\.httpHeaders\[\d+\]\.value$/,
];

const BCRYPT = /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/m;
const PEM = /-----BEGIN [A-Z0-9 ]+-----/;
/**
 * A long run of the characters keys and tokens are written in (base64, base64url, hex), or a
 * JWT; not a URL or a host name, whose dots and colons it lacks.
 */
const TOKEN_LIKE = /^([A-Za-z0-9+/=_-]{32,}|eyJ[\w-]+\.[\w-]+\.[\w-]+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bits per character above which a token-like string is taken for a key, not a word or a name. */
const HIGH_ENTROPY_BITS = 4;

function entropyBits(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

/** Why `value` at `path` (under `key`) is a secret, or undefined when it is not. */
function secretReason(path: TreePath, value: string): string | undefined {
  if (value === "" || value === REDACTED) return undefined;
  const key = path.at(-1);
  const dotted = formatPath(path);
  if (SECRET_PATHS.some((pattern) => pattern.test(dotted))) return "a credential Easel writes here";
  if (typeof key === "string" && SECRET_KEY.test(key)) return `its key, ${key}, names a secret`;
  if (PEM.test(value)) return "a PEM block";
  if (BCRYPT.test(value)) return "a bcrypt hash";
  if (TOKEN_LIKE.test(value) && !UUID.test(value) && entropyBits(value) > HIGH_ENTROPY_BITS) {
    return "a long random-looking string";
  }
  return undefined;
}

/** The text that replaces a scalar's source: its quotes and block header kept. */
function replacement(
  text: string,
  node: Scalar,
  start: number,
  end: number,
): [number, number, string] {
  const type = node.type;
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    return [start + 1, end - 1, REDACTED];
  }
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    const bodyStart = text.indexOf("\n", start) + 1;
    const body = text.slice(bodyStart, end);
    const indent = /^ */.exec(body)?.[0] ?? "";
    return [bodyStart, end, `${indent}${REDACTED}${body.endsWith("\n") ? "\n" : ""}`];
  }
  return [start, end, REDACTED];
}

type Edit = { start: number; end: number; text: string; redaction: Redaction };

function collect(
  text: string,
  node: unknown,
  path: TreePath,
  lineOf: (offset: number) => number,
  edits: Edit[],
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) {
        collect(text, pair.value, [...path, String(pair.key.value)], lineOf, edits);
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => collect(text, item, [...path, index], lineOf, edits));
  } else if (isScalar(node) && typeof node.value === "string" && node.range) {
    const why = secretReason(path, node.value);
    if (why === undefined) return;
    const [start, end, replaced] = replacement(text, node, node.range[0], node.range[1]);
    edits.push({
      start,
      end,
      text: replaced,
      redaction: { path: formatPath(path), line: lineOf((node as Node).range?.[0] ?? 0), why },
    });
  }
}

/**
 * A copy of a values file fit to share: every secret value (at a key that names a secret, where
 * Easel writes a credential, a bcrypt hash, a PEM block, a long random-looking string) replaced
 * by REDACTED, every other byte (comments, order, quoting) as it was, and what was replaced and
 * why. Redacting the copy again changes nothing.
 */
export function redactValues(
  text: string,
): { text: string; redactions: Redaction[] } | TextProblem {
  const reading = readValuesFile(text);
  if ("problem" in reading) return reading;
  const positionOf = positionFinder(text);
  const lineOf = (offset: number) => positionOf(offset).line;
  const edits: Edit[] = [];
  collect(text, (reading.document as Document).contents, [], lineOf, edits);
  let redacted = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    redacted = redacted.slice(0, edit.start) + edit.text + redacted.slice(edit.end);
  }
  return { text: redacted, redactions: edits.map((edit) => edit.redaction) };
}
