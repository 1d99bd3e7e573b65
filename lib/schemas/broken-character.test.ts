import { describe, expect, it } from "vitest";

import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import {
  BROKEN_CHARACTER_MESSAGE,
  brokenCharacterProblem,
} from "@/lib/validation/broken-character";
import { filledConfig } from "@/test/support/filled-config";
import { typedStringPaths, withTextAt } from "@/test/support/typed-strings";

/** Lone halves of a surrogate pair, wherever they stand in the text. */
const BROKEN_TEXTS = ["a\ud800b", "\udc00", "end\udbff", "\ud83d\ud83d\ude00"];

describe("a broken character (a lone UTF-16 surrogate)", () => {
  it("is told apart from whole characters, emoji and other astral ones included", () => {
    for (const text of BROKEN_TEXTS)
      expect(brokenCharacterProblem(text)).toBe(BROKEN_CHARACTER_MESSAGE);
    for (const text of ["", "plain", "\ud83d\ude00", "𝔘ñïçødé", "\ufffd", "a\u2028b"]) {
      expect(brokenCharacterProblem(text)).toBeUndefined();
    }
  });

  describe.each(TARGET_IDS)("[%s] in any text field", (target) => {
    const config = filledConfig(target);
    const { schema } = targetModule(target);
    const paths = typedStringPaths(config, schema).filter(
      // The configuration id is a UUID, refused as not being one.
      (path) => path[0] !== "configurationId",
    );

    it("is refused at that field, with that message", () => {
      expect(schema.safeParse(config).success).toBe(true);
      expect(paths.length).toBeGreaterThan(40);
      for (const [index, path] of paths.entries()) {
        const text = BROKEN_TEXTS[index % BROKEN_TEXTS.length] as string;
        const result = schema.safeParse(withTextAt(config, path, text));
        const messages = (result.error?.issues ?? [])
          .filter((issue) => issue.path.join(".") === path.join("."))
          .map((issue) => issue.message);
        expect({ path: path.join("."), messages }).toEqual({
          path: path.join("."),
          messages: expect.arrayContaining([BROKEN_CHARACTER_MESSAGE]),
        });
      }
    });
  });
});
