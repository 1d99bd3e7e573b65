import { parseDocument, type Document } from "yaml";

import { documentEdits, readsAs } from "./patch/fallback";
import { renderSafely } from "./patch/new-value-text";
import { spliceEdits } from "./patch/splice-edits";
import { applyValuesEdits, type ValuesEdit } from "./values-edits";

/**
 * How a patch was made: `splice` kept every untouched byte; `document` went through the yaml
 * library's Document API (comments kept, spacing and quoting normalised); `render` rewrote the
 * whole file from data, the last resort when neither of the others reads back right.
 */
export type PatchMethod = "splice" | "document" | "render";

/**
 * The last text patched, parsed. An imported file is patched again at every change of the form,
 * always from the same text: keeping its parse halves the cost of each export. Nothing here
 * mutates the document or the data (applyValuesEdits copies).
 */
let lastSource: { text: string; parsed: Document.Parsed; data: unknown } | undefined;

/**
 * Lets the next patch of `text` start from a parse the caller already made: an import parses the
 * file once, and its first export then needs no second parse. `parsed` must keep source tokens.
 */
export function rememberParsedSource(text: string, parsed: Document.Parsed, data: unknown): void {
  lastSource = { text, parsed, data };
}

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
