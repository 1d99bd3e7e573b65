// The live preview each form re-renders on every keystroke, one figure per target.
import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { renderPreview } from "@/lib/targets/values-file";
import { validConfig } from "@/test/support/target-config";

import type { Figure } from "./figure";
import { measure } from "./measure";

/** A keystroke's re-render has to fit well inside a frame. */
const PREVIEW_BUDGET_MS = 5;

/** Each target's masked values.yaml preview, as the form shows it. */
export function measurePreviews(): Figure[] {
  return TARGET_IDS.map((id) => {
    const target = targetModule(id);
    const config = validConfig(id);
    return measure(`${id} preview render (masked)`, PREVIEW_BUDGET_MS, () =>
      renderPreview(target, config, { revealSecrets: false }),
    );
  });
}
