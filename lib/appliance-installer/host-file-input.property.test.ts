import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { hostileText } from "@/test/support/hostile-string";

import { readHostFile } from "./installer-preview";

describe("any text given as an appliance host file", () => {
  it("is refused or read, never thrown on", () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        expect(() => readHostFile(input)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
