import type { LineIndex } from "@/lib/field-lines/line-index";
import type { TargetId } from "@/lib/targets/catalog";

import type { PreviewedImport, PreviewInput } from "./preview-text";

/**
 * A message from the page to the preview worker. The imported file is large and changes rarely:
 * it is sent when it changed, and the worker keeps it until another one comes.
 */
export type PreviewRequest = {
  id: number;
  targetId: TargetId;
  input: Omit<PreviewInput, "imported">;
  imported: PreviewedImport | null | "unchanged";
};

/**
 * The worker's answer to the request with the same id: the text, whether the form is valid, and
 * for values.yaml where each of its keys is written.
 */
export type PreviewResponse =
  { id: number; text: string; isValid: boolean; lines?: LineIndex } | { id: number; error: string };
