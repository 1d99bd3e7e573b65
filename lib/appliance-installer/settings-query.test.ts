import { describe, expect, it } from "vitest";

import { settingsFromQuery, settingsToQuery } from "./settings-query";

describe("settings in a link", () => {
  it("round-trips the three Local UI settings and nothing else", () => {
    const settings = {
      rootDomain: "ai.acme.org",
      mode: "airgap" as const,
      staticUsersDisabled: true,
    };
    const query = settingsToQuery(settings);
    expect(query).toBe("?rootDomain=ai.acme.org&mode=airgap&staticUsers=disabled");
    expect(settingsFromQuery(query)).toEqual(settings);
    expect(settingsToQuery(settingsFromQuery(""))).toBe("");
  });

  it("ignores a malformed domain or mode", () => {
    expect(settingsFromQuery("?rootDomain=<script>&mode=offline")).toEqual({
      rootDomain: "",
      mode: "connected",
      staticUsersDisabled: false,
    });
  });
});
