import { describe, expect, it } from "vitest";

import { domainMentions, replaceDomain } from "./domain-mentions";

const OLD = "old.example.com";
const NEW = "new.example.org";

describe("domainMentions", () => {
  it.each([
    ["old.example.com", "the whole host"],
    ["zot.old.example.com", "a subdomain"],
    ["a.b.old.example.com", "a deeper subdomain"],
    ["https://old.example.com/dex", "a URL with a path"],
    ["https://old.example.com", "a URL"],
    ["old.example.com:5000", "a host with a port"],
    ["https://zot.old.example.com:5000/v2/", "a URL with subdomain, port and path"],
    ["admin@old.example.com", "an e-mail address"],
    ["OLD.Example.COM", "another case"],
    ["https://Zot.Old.Example.Com/x", "another case in a URL"],
    ["Served on old.example.com.", "a sentence's full stop"],
    ["old.example.com.", "a fully qualified name"],
    ["'old.example.com'", "quotes"],
    ["a,old.example.com;b", "a list in one string"],
    ["_ldap._tcp.old.example.com", "an SRV name"],
  ])("finds %s (%s)", (text) => {
    expect(domainMentions(text, OLD)).toHaveLength(1);
  });

  it.each([
    ["notold.example.com", "a longer first label"],
    ["old.example.com.evil.net", "a host that only starts with it"],
    ["old.example.comfy", "a longer last label"],
    ["old-example.com", "another name"],
    ["old.example.co", "a shorter name"],
    ["my_old.example.com", "an underscore before it"],
    ["old.example.com-2", "a hyphen after it"],
    ["https://old.example.com.evil.net/dex", "a look-alike in a URL"],
    ["", "nothing"],
  ])("does not find %s (%s)", (text) => {
    expect(domainMentions(text, OLD)).toEqual([]);
  });

  it("finds every mention in one value", () => {
    expect(domainMentions("old.example.com, x.old.example.com", OLD)).toEqual([0, 19]);
  });

  it("leaves out hosts of the new domain when it lies under the old one", () => {
    expect(domainMentions("ai.example.com", "example.com", "ai.example.com")).toEqual([]);
    expect(domainMentions("zot.ai.example.com", "example.com", "ai.example.com")).toEqual([]);
    expect(domainMentions("https://example.com/x", "example.com", "ai.example.com")).toEqual([8]);
    expect(domainMentions("zot.ai.example.com", "ai.example.com", "example.com")).toEqual([4]);
  });

  it("finds nothing for an empty domain", () => {
    expect(domainMentions("anything", "")).toEqual([]);
  });
});

describe("replaceDomain", () => {
  it.each([
    ["zot.old.example.com:5000", "zot.new.example.org:5000"],
    ["https://OLD.example.com/dex", "https://new.example.org/dex"],
    [
      "admin@old.example.com and old.example.com.evil.net",
      "admin@new.example.org and old.example.com.evil.net",
    ],
    ["notold.example.com", "notold.example.com"],
  ])("%s becomes %s", (before, after) => {
    expect(replaceDomain(before, OLD, NEW)).toBe(after);
  });

  it("keeps hosts of a new domain under the old one", () => {
    expect(replaceDomain("ai.example.com example.com", "example.com", "ai.example.com")).toBe(
      "ai.example.com ai.example.com",
    );
  });
});
