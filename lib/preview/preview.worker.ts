import { indexLines } from "@/lib/field-lines/document-lines";
import { targetModule } from "@/lib/targets/modules";
import { answerRequests } from "@/lib/workers/latest-only-worker";

import type { PreviewResult } from "./preview-client";
import { previewText, type PreviewedImport } from "./preview-text";
import type { PreviewRequest } from "./protocol";

// Rendering a large configuration's values.yaml, patching it into an imported file and checking
// the whole configuration take longer than a keystroke: here they never delay one.
let imported: PreviewedImport | undefined;

answerRequests<PreviewRequest, PreviewResult>(
  async (request) => {
    if (request.imported !== "unchanged") imported = request.imported ?? undefined;
    const target = targetModule(request.targetId);
    const text = previewText(target, { ...request.input, imported });
    const { success } = await target.schema.safeParseAsync(request.input.config);
    // Read here so the page never parses the text to follow the focused field.
    const lines = request.input.shown === "values.yaml" ? indexLines(text) : undefined;
    return { text, isValid: success, lines };
  },
  ({ lines }) => (lines ? [lines.ranges.buffer] : []),
);
