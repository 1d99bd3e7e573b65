import { describe, expect, it } from "vitest";

import { registryCredentialsSchema } from "./helm-install";

describe("registry credentials", () => {
  it("take a user name and a password of any printable characters", () => {
    const parsed = registryCredentialsSchema.safeParse({
      username: "robot$ci",
      password: "p:ss w0rd!",
    });
    expect(parsed.success).toBe(true);
  });

  it("refuse what basic authentication or Helm's registry file would misread", () => {
    const problems = [
      { username: "team:robot", password: "secret" },
      { username: "robot", password: "two\nlines" },
      { username: "", password: "secret" },
      { username: "ro bot", password: "secret" },
    ].map((input) => registryCredentialsSchema.safeParse(input).error?.issues[0]?.message);
    expect(problems).toEqual([
      "A registry user name holds no colon.",
      "A registry password holds no line break.",
      "Enter the registry user name.",
      "A registry user name is printable characters without spaces.",
    ]);
  });
});
