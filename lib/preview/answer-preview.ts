import { indexLines } from "@/lib/field-lines/document-lines";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { loadTargetModule } from "@/lib/targets/load-module";

import type { PreviewJob, PreviewResult } from "./preview-client";
import { previewText } from "./preview-text";

/** Whether `config` passes its target's schema, which loads with the first check. */
async function passesSchema(targetId: TargetId, config: TargetConfig): Promise<boolean> {
  const { schema } = await loadTargetModule(targetId);
  return (await schema.safeParseAsync(config)).success;
}

/**
 * The preview's answer to `job`, in the worker or, where none can run, on the page: the text,
 * whether the configuration passes the schema (only when asked: an untouched new form never
 * does, and checking it would load the schema before anyone needs it), and for values.yaml
 * where each key is written, so the page never parses the text to follow the focused field.
 */
export async function answerPreview({
  targetId,
  input,
  check,
}: PreviewJob): Promise<PreviewResult> {
  const [text, isValid] = await Promise.all([
    previewText(targetId, input),
    check ? passesSchema(targetId, input.config) : false,
  ]);
  const lines = input.shown === "values.yaml" ? indexLines(text) : undefined;
  return { text, isValid, lines };
}
