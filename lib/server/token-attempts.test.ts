import { describe, expect, it } from "vitest";

import { ATTEMPT_WINDOW_MS, TokenAttempts, WRONG_TOKENS_PER_WINDOW } from "./token-attempts";

describe("wrong access tokens", () => {
  it("pause checking after a few in a minute, until that minute is over", () => {
    let now = 1_000_000;
    const attempts = new TokenAttempts(() => now);
    for (let attempt = 0; attempt < WRONG_TOKENS_PER_WINDOW; attempt++) {
      expect(attempts.pausedFor()).toBe(0);
      attempts.recordWrong();
      now += 1_000;
    }
    expect(attempts.pausedFor()).toBe(ATTEMPT_WINDOW_MS - WRONG_TOKENS_PER_WINDOW * 1_000);
    now += attempts.pausedFor();
    expect(attempts.pausedFor()).toBe(0);
    attempts.recordWrong();
    expect(attempts.pausedFor()).toBe(0);
  });

  it("spread over time never pause", () => {
    let now = 0;
    const attempts = new TokenAttempts(() => now);
    for (let attempt = 0; attempt < 50; attempt++) {
      expect(attempts.pausedFor()).toBe(0);
      attempts.recordWrong();
      now += ATTEMPT_WINDOW_MS / (WRONG_TOKENS_PER_WINDOW - 1);
    }
  });
});
