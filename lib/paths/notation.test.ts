import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fieldName, formatPath, parsePath } from "./notation";

/** Keys either notation can write back: not all digits, no dots or brackets. */
const key = fc
  .string({ minLength: 1, maxLength: 8 })
  .filter((text) => !/^\d+$/.test(text) && !/[.[\]]/.test(text));
const step = fc.oneof(key, fc.nat({ max: 20 }));
const path = fc
  .tuple(step, fc.array(step, { maxLength: 6 }))
  .map(([first, rest]) => [first, ...rest]);

describe("the docs' notation", () => {
  it("reads keys and bracketed indexes", () => {
    expect(parsePath("fleetConfig.spokes[0].ociRegistry")).toEqual([
      "fleetConfig",
      "spokes",
      0,
      "ociRegistry",
    ]);
    expect(parsePath("global.dns.domain")).toEqual(["global", "dns", "domain"]);
    expect(parsePath("tokens[2][1]")).toEqual(["tokens", 2, 1]);
    expect(parsePath("[0].name")).toEqual([0, "name"]);
  });

  it("writes keys with dots and indexes in brackets", () => {
    expect(formatPath(["dex", "config", "connectors", 2, "config", "issuer"])).toBe(
      "dex.config.connectors[2].config.issuer",
    );
    expect(formatPath(["zot", "tokens", 0])).toBe("zot.tokens[0]");
    expect(formatPath([0, "name"])).toBe("[0].name");
  });

  it("reads back what it writes", () => {
    fc.assert(
      fc.property(path, (keys) => {
        expect(parsePath(formatPath(keys))).toEqual(keys);
      }),
    );
  });
});

describe("the form's notation", () => {
  it("joins every step with dots, as react-hook-form names fields", () => {
    expect(fieldName(["identity", "localUsers", 1, "email"])).toBe("identity.localUsers.1.email");
  });

  it("reads digits as list indexes, the same path the docs' notation names", () => {
    expect(parsePath("groupSearch.userMatchers.0.userAttr")).toEqual([
      "groupSearch",
      "userMatchers",
      0,
      "userAttr",
    ]);
    fc.assert(
      fc.property(path, (keys) => {
        expect(parsePath(fieldName(keys))).toEqual(keys);
        expect(parsePath(fieldName(keys))).toEqual(parsePath(formatPath(keys)));
      }),
    );
  });
});
