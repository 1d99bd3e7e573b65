import { describe, expect, it } from "vitest";

import { flattenErrors } from "./flatten-errors";

describe("flattenErrors", () => {
  it("lists nested, list item and list-level messages with their paths", () => {
    const errors = {
      global: { domain: { type: "custom", message: "bad domain", ref: { name: "x" } } },
      identity: {
        localUsers: Object.assign(
          [undefined, { email: { type: "custom", message: "bad email" } }],
          {
            root: { type: "custom", message: "add one" },
          },
        ),
      },
      registry: { users: { type: "custom", message: "add a user" } },
    };
    expect(flattenErrors(errors)).toEqual([
      { path: "global.domain", message: "bad domain" },
      { path: "identity.localUsers.1.email", message: "bad email" },
      { path: "identity.localUsers", message: "add one" },
      { path: "registry.users", message: "add a user" },
    ]);
  });
});
