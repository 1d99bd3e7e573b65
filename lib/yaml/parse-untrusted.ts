import { isScalar, parseDocument, visit, type Document } from "yaml";

import { brokenCharacterIndex } from "@/lib/validation/broken-character";

import type { TextPosition } from "./text-excerpt";
import { UNTRUSTED_YAML_MAX_BYTES } from "./untrusted-limits";

/** Alias expansion beyond this is an alias bomb, not a configuration. */
const MAX_ALIAS_COUNT = 100;

const MAX_DEPTH = 64;

/** Why a text was refused, and where in it when the problem has a place (a YAML syntax error). */
export type TextProblem = { problem: string; at?: TextPosition };

export type UntrustedYamlReading = { value: unknown; document: Document.Parsed } | TextProblem;

export type UntrustedYamlOptions = {
  /**
   * Whether a key repeated in one mapping is an error (the default), or read as the last
   * occurrence, as Helm reads values, for the caller to warn about.
   */
  uniqueKeys?: boolean;
  /** Keep each node's source tokens, so the text can later be patched from this same parse. */
  keepSourceTokens?: boolean;
  /** A larger cap than an upload's, for text Easel did not take from the admin (Helm's output). */
  maxBytes?: number;
};

function depthOf(value: unknown, limit: number): number {
  if (typeof value !== "object" || value === null) return 0;
  if (limit === 0) return 1;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/**
 * Where `document` holds a broken character (a lone UTF-16 surrogate): raw in its text or written
 * as an escape such as `"\ud800"`, in a key or a value. Helm 3 and 4 refuse the whole file.
 */
function brokenCharacterLine(text: string, document: Document.Parsed): number | undefined {
  const raw = brokenCharacterIndex(text);
  if (raw !== -1) return lineAt(text, raw);
  let line: number | undefined;
  visit(document, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== "string") return undefined;
      if (brokenCharacterIndex(node.value) === -1) return undefined;
      line = lineAt(text, node.range?.[0] ?? 0);
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Parses YAML that came from outside (an upload, a paste) without letting it hang or exhaust the
 * page: a size cap before parsing, a cap on alias expansion, a nesting cap, and the first error
 * reported with its line and column. Text with a broken character is refused too.
 */
export function parseUntrustedYaml(
  text: string,
  what: string,
  options: UntrustedYamlOptions = {},
): UntrustedYamlReading {
  const maxBytes = options.maxBytes ?? UNTRUSTED_YAML_MAX_BYTES;
  // A UTF-8 byte per character at least: a huge paste is refused before it is even encoded.
  const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return {
      problem: `This ${what} is ${Math.ceil(bytes / 1024)} KiB; Easel reads at most ${maxBytes / 1024} KiB.`,
    };
  }
  if (text.includes("\u0000")) return { problem: `This ${what} is binary, not YAML text.` };
  let document: Document.Parsed;
  try {
    document = parseDocument(text, {
      uniqueKeys: options.uniqueKeys ?? true,
      keepSourceTokens: options.keepSourceTokens ?? false,
    });
  } catch {
    return { problem: `This ${what} is nested too deeply to be read safely.` };
  }
  const [error] = document.errors;
  if (error?.message.includes("call stack")) {
    return { problem: `This ${what} is nested too deeply to be read safely.` };
  }
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? ` (line ${at.line}, column ${at.col})` : "";
    const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return {
      problem: `This ${what} is not valid YAML${where}: ${reason}`,
      ...(at ? { at: { line: at.line, column: at.col } } : {}),
    };
  }
  const brokenLine = brokenCharacterLine(text, document);
  if (brokenLine !== undefined) {
    return {
      problem: `This ${what} holds a broken character (half of a character pair) at line ${brokenLine}: Helm refuses a values file that holds one. Retype that text.`,
    };
  }
  try {
    const value: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (depthOf(value, MAX_DEPTH) >= MAX_DEPTH) {
      return { problem: `This ${what} is nested more than ${MAX_DEPTH} levels deep.` };
    }
    return { value, document };
  } catch (error) {
    if (error instanceof ReferenceError && error.message.startsWith("Unresolved alias")) {
      return { problem: `This ${what} is not valid YAML: an alias (*name) refers to no anchor.` };
    }
    return { problem: `This ${what} expands its aliases too far to be read safely.` };
  }
}
