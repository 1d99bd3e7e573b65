import { indexLines } from "@/lib/field-lines/document-lines";
import { targetModule } from "@/lib/targets/modules";

import type { PreviewJob, PreviewResult } from "./preview-client";
import { previewText } from "./preview-text";

/** The preview rendered on the main thread: what the worker does, where none can run. */
export async function renderInPlace({ targetId, input }: PreviewJob): Promise<PreviewResult> {
  const target = targetModule(targetId);
  const text = previewText(target, input);
  const { success } = await target.schema.safeParseAsync(input.config);
  return {
    text,
    isValid: success,
    lines: input.shown === "values.yaml" ? indexLines(text) : undefined,
  };
}
