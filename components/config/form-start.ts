import type { RestoredFile } from "@/lib/drafts/draft";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { switchTarget, type SwitchedConfig } from "@/lib/targets/switch-target";
import type { TargetForm } from "@/lib/targets/target-module";

import { peekHandOff } from "./target-hand-off";
import { readStoredDraft } from "./use-draft-autosave";

/** What a target's form starts from: new defaults, a draft, or the configuration of another target. */
export type FormStart = {
  defaults: TargetConfig;
  switched?: SwitchedConfig & { from: TargetId };
  /** When the draft the form starts from was saved. */
  restoredAt?: Date;
  /** The imported file the draft kept, without its secrets. */
  file?: RestoredFile;
};

/**
 * The form's start, made at once: the configuration handed over by the target switcher, wherever
 * it still applies, else new defaults. Undefined while a stored draft waits to be read, which
 * `stored-start.ts` does once the code that checks it has loaded. Generated here, in the browser,
 * so no secret ever travels in the page's HTML.
 */
export function formStart(form: TargetForm): FormStart | undefined {
  const from = peekHandOff();
  if (from && from.target !== form.id) {
    const switched = switchTarget(from, form);
    return { defaults: switched.config, switched: { ...switched, from: from.target } };
  }
  if (readStoredDraft(form.id) !== null) return undefined;
  return { defaults: form.createDefaults() };
}
