import type { TargetId } from "@/lib/targets/catalog";

import type { PreviewedImport, PreviewInput } from "./preview-text";

/**
 * A message from the page to the preview worker. The imported file is large and changes rarely:
 * it is sent when it changed, and the worker keeps it until another one comes. The worker
 * answers with the preview's text, whether the form is valid, and for values.yaml where each of
 * its keys is written (`PreviewResult`).
 */
export type PreviewRequest = {
  id: number;
  targetId: TargetId;
  check: boolean;
  input: Omit<PreviewInput, "imported">;
  imported: PreviewedImport | null | "unchanged";
};
