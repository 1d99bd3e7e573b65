import { indexLines } from "@/lib/field-lines/document-lines";
import { targetModule } from "@/lib/targets/modules";

import { previewText, type PreviewedImport } from "./preview-text";
import type { PreviewRequest, PreviewResponse } from "./protocol";

type WorkerScope = {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewResponse, transfer?: Transferable[]): void;
};

// Rendering a large configuration's values.yaml, patching it into an imported file and checking
// the whole configuration take longer than a keystroke: here they never delay one.
const scope = self as unknown as WorkerScope;
let imported: PreviewedImport | undefined;

scope.onmessage = async ({ data }) => {
  if (data.imported !== "unchanged") imported = data.imported ?? undefined;
  try {
    const target = targetModule(data.targetId);
    const text = previewText(target, { ...data.input, imported });
    const { success } = await target.schema.safeParseAsync(data.input.config);
    // Read here so the page never parses the text to follow the focused field.
    const lines = data.input.shown === "values.yaml" ? indexLines(text) : undefined;
    scope.postMessage(
      { id: data.id, text, isValid: success, lines },
      lines ? [lines.ranges.buffer] : [],
    );
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? error.message : "the preview could not be rendered",
    });
  }
};
