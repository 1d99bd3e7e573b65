import { describe, expect, it } from "vitest";

import { firstFreeName } from "./first-free-name";

describe("firstFreeName", () => {
  it("takes the first number not in use, including gaps left by removals", () => {
    expect(firstFreeName("spoke-", [])).toBe("spoke-1");
    expect(firstFreeName("user", ["admin", "user2"])).toBe("user1");
    expect(firstFreeName("user", ["user1", "user2"])).toBe("user3");
  });
});
