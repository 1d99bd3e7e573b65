import { parseDocument, type Document } from "yaml";

import type { ValuesEdit } from "../values-edits";
import { BatchPlanner } from "./plan";
import { Unsupported } from "./unsupported";

/**
 * Each batch of edits costs a parse. Edits that keep depending on each other's results would
 * re-parse once per edit; past this many batches the Document API is faster.
 */
const MAX_BATCHES = 32;

/**
 * Applies the edits batch by batch, re-parsing between batches; throws Unsupported to give up.
 * The splicing way of patching, which keeps every byte the edits do not touch.
 */
export function spliceEdits(
  text: string,
  parsed: Document.Parsed,
  edits: readonly ValuesEdit[],
): string {
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
