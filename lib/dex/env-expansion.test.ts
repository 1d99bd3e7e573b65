import { describe, expect, it } from "vitest";

import { envExpansionWarning, expandedByDex } from "./env-expansion";

describe("expandedByDex follows Go's os.ExpandEnv", () => {
  it.each([
    ["pa$word", "$word"],
    ["a${HOME}b", "${HOME}"],
    ["unclosed ${brace", "${"],
    ["double $$ dollar", "$$"],
    ["digit $1", "$1"],
    ["special $?", "$?"],
  ])("%s → %s", (value, part) => {
    expect(expandedByDex(value)).toBe(part);
  });

  it.each(["no dollar", "trailing $", "$ space", "price: 5 $ each", "$.dot"])(
    "leaves %s alone",
    (value) => {
      expect(expandedByDex(value)).toBeUndefined();
    },
  );
});

describe("envExpansionWarning", () => {
  it("quotes the part of a plain setting", () => {
    expect(envExpansionWarning("cn=$USER")).toContain('"$USER" would be replaced');
  });

  it("never quotes a piece of a secret", () => {
    const warning = envExpansionWarning("s3cr$tValue", true);
    expect(warning).toContain('A "$" in this secret');
    expect(warning).not.toContain("$tValue");
  });
});
