import { restoreDraft } from "@/lib/drafts/draft";
import type { TargetModule } from "@/lib/targets/target-module";

import type { FormStart } from "./form-start";
import { readStoredDraft } from "./use-draft-autosave";

/**
 * The start of a form whose target has a stored draft: the draft if it still fits the form (it is
 * checked against the schema, loaded only for this), else new defaults.
 */
export function draftFormStart(target: TargetModule): FormStart {
  const draft = restoreDraft(target, readStoredDraft(target.id));
  if (draft) return { defaults: draft.config, restoredAt: draft.savedAt, file: draft.file };
  return { defaults: target.createDefaults() };
}
