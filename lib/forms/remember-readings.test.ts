import { describe, expect, it } from "vitest";

import { rememberReadings } from "./remember-readings";

describe("rememberReadings", () => {
  it("reads each text once while it is among the last ones read", () => {
    const read: string[] = [];
    const length = rememberReadings((text: string) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([length("ab"), length("ab"), length("abc"), length("ab")]).toEqual([2, 2, 3, 2]);
    expect(read).toEqual(["ab", "abc"]);
    length("abcd"); // the oldest, "ab", is forgotten
    length("ab");
    expect(read).toEqual(["ab", "abc", "abcd", "ab"]);
  });

  it("remembers an answer that is undefined", () => {
    let calls = 0;
    const nothing = rememberReadings(() => {
      calls++;
      return undefined;
    });
    nothing("x");
    nothing("x");
    expect(calls).toBe(1);
  });
});
