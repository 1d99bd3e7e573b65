import { describe, expect, it } from "vitest";

import { FormGeneration } from "./generation";

describe("a form's generation", () => {
  it("keeps work begun before a replacement from landing after it", () => {
    const generation = new FormGeneration();
    const before = generation.capture();
    expect(before()).toBe(true);
    generation.advance();
    const after = generation.capture();
    expect(before()).toBe(false);
    expect(after()).toBe(true);
  });
});
