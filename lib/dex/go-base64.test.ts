import { describe, expect, it } from "vitest";

import { isGoStdBase64 } from "./go-base64";

// Go's encoding/base64 (StdEncoding.DecodeString, decodeQuantum), which encoding/json uses for
// []byte fields such as Dex's SAML caData (connector/saml/saml.go, CAData []byte). The verdicts
// below are Go's own, as the reference records them ("TUlJ Qw==" and "TUlJQw" are refused).
describe("isGoStdBase64", () => {
  it.each([
    ["TUlJQw==", true],
    ["TUlJQ0F6Q0NB", true],
    ["TUlJ\nQw==", true],
    ["TUlJ\r\nQw=\n=", true],
    ["\nTUlJQw==\n", true],
    ["", true],
    ["TUlJQx==", true], // non-zero trailing bits: StdEncoding is not Strict
    ["TUlJ Qw==", false],
    ["TUlJQw", false],
    ["TUlJQw=", false],
    ["TUlJQ===", false],
    ["TUlJQw==TUlJ", false],
    ["TUlJ\tQw==", false],
    ["TUlJ-w__", false],
    ["=TUl", false],
    ["T===", false],
  ])("%j: %s", (text, accepted) => {
    expect(isGoStdBase64(text)).toBe(accepted);
  });
});
