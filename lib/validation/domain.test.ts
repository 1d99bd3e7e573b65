import { describe, expect, it } from "vitest";

import { domainProblem } from "./domain";

describe("domainProblem", () => {
  it.each([
    "example.org",
    "paletteai.example.org",
    "a-b.c-d.example.co.uk",
    "x1.io",
    `${"a".repeat(63)}.org`,
  ])("accepts %s", (domain) => expect(domainProblem(domain)).toBeUndefined());

  it.each([
    ["", /Enter the domain/],
    ["   ", /Enter the domain/],
    ["https://example.org", /Leave out the scheme: enter example\.org, not https:\/\/example\.org/],
    ["http://example.org/ai", /Leave out the scheme: enter example\.org/],
    ["example.org/ai", /Remove the path/],
    ["example.org:443", /Remove the port/],
    ["exa mple.org", /Remove the spaces/],
    [" example.org", /Remove the spaces/],
    ["Example.org", /lowercase/],
    ["example.org.", /trailing dot/],
    ["10.0.0.1", /not an IP address/],
    ["localhost", /fully qualified/],
    ["*.example.org", /wildcard/],
    ["-bad.example.org", /"-bad" is not a valid part/],
    ["a..b.org", /empty part/],
    ["under_score.example.org", /not a valid part/],
    [`${"a".repeat(64)}.org`, /not a valid part/],
    ["admin@example.org", /not an email/],
    ["replace.with.your.domain", /placeholder/],
    ["example.acme.org", /placeholder/],
  ])("rejects %j", (domain, message) => {
    expect(domainProblem(domain)).toMatch(message);
  });
});
