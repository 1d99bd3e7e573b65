import { answerRequests } from "@/lib/workers/latest-only-worker";

import { answerPreview } from "./answer-preview";
import type { PreviewResult } from "./preview-client";
import type { PreviewedImport } from "./preview-text";
import type { PreviewRequest } from "./protocol";

// Rendering a large configuration's values.yaml, patching it into an imported file and checking
// the whole configuration take longer than a keystroke: here they never delay one.
let imported: PreviewedImport | undefined;

answerRequests<PreviewRequest, PreviewResult>(
  (request) => {
    if (request.imported !== "unchanged") imported = request.imported ?? undefined;
    const { targetId, check, input } = request;
    return answerPreview({ targetId, check, input: { ...input, imported } });
  },
  ({ lines }) => (lines ? [lines.ranges.buffer] : []),
);
