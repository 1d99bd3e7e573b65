"use server";

import { z } from "zod";

import { answerPreview } from "@/lib/preview/answer-preview";
import type { TargetConfig } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";

/** A preview's text and where each key of it is written, as an action can return them. */
export type ServerPreview = { text: string; structure: string; ranges: number[] };

const inputSchema = z.object({
  targetId: z.enum(TARGET_IDS as [TargetId, ...TargetId[]]),
  config: z.record(z.string(), z.unknown()),
});

/**
 * The values.yaml preview of a form nobody has used yet, rendered here so the page needs no YAML
 * code (and no worker) until the admin starts editing. The page sends the configuration as the
 * preview shows it, secrets and hashes already masked (`previewConfig`); it is masked again here
 * all the same, and never logged. A configuration this cannot render gets no answer: the page
 * then renders it itself.
 */
export async function renderUntouchedPreviewAction(input: {
  targetId: TargetId;
  config: TargetConfig;
}): Promise<ServerPreview | undefined> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return undefined;
  try {
    const { text, lines } = await answerPreview({
      targetId: parsed.data.targetId,
      input: {
        shown: "values.yaml",
        config: parsed.data.config as TargetConfig,
        revealSecrets: false,
      },
      check: false,
    });
    if (!lines) return undefined;
    return { text, structure: lines.structure, ranges: [...lines.ranges] };
  } catch {
    return undefined;
  }
}
