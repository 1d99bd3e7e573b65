import { describe, expect, it } from "vitest";

import { answerPreview } from "@/lib/preview/answer-preview";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetForm } from "@/lib/targets/forms";
import { createGkeDefaults } from "@/lib/targets/gke/defaults";
import { previewConfig } from "@/lib/targets/preview-config";

import { renderUntouchedPreviewAction } from "./render-untouched-preview";

describe("the server's preview of a form nobody has used", () => {
  for (const targetId of TARGET_IDS) {
    it(`[${targetId}] is the text and lines the page would render itself`, async () => {
      const config = targetForm(targetId).createDefaults();
      const served = await renderUntouchedPreviewAction({
        targetId,
        config: previewConfig(config, { revealSecrets: false }),
      });
      const own = await answerPreview({
        targetId,
        input: { shown: "values.yaml", config, revealSecrets: false },
        check: false,
      });
      expect(served?.text).toBe(own.text);
      expect(served?.structure).toBe(own.lines?.structure);
      expect(served?.ranges).toEqual([...(own.lines?.ranges ?? [])]);
    });
  }

  it("masks whatever secret it is sent all the same", async () => {
    const config = createGkeDefaults();
    const served = await renderUntouchedPreviewAction({ targetId: "gke", config });
    expect(served?.text).not.toContain(config.canvas.sessionSecret);
    expect(served?.text).toContain(`sessionSecret: ${SECRET_MASK}`);
  });

  it("answers nothing for a target or configuration it cannot render", async () => {
    const config = targetForm("gke").createDefaults();
    expect(
      await renderUntouchedPreviewAction({ targetId: "nowhere" as "gke", config }),
    ).toBeUndefined();
    expect(
      await renderUntouchedPreviewAction({
        targetId: "gke",
        config: { global: "not a section" } as unknown as typeof config,
      }),
    ).toBeUndefined();
  });
});
