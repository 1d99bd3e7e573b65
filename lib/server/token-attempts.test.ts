import { describe, expect, it } from "vitest";

import {
  FIRST_PAUSE_MS,
  FORGET_AFTER_MS,
  FREE_WRONG_TOKENS,
  LONGEST_PAUSE_MS,
  TokenAttempts,
} from "./token-attempts";

function clock(start = 1_000_000) {
  const time = { now: start };
  return { time, now: () => time.now };
}

function spendFreeTries(attempts: TokenAttempts, client: string) {
  for (let attempt = 0; attempt < FREE_WRONG_TOKENS; attempt++) {
    expect(attempts.pausedFor(client)).toBe(0);
    attempts.recordWrong(client);
  }
}

describe("wrong access tokens", () => {
  it("cost nothing for the first few, then make that client wait", () => {
    const { now } = clock();
    const attempts = new TokenAttempts(now);
    spendFreeTries(attempts, "192.0.2.1");
    expect(attempts.pausedFor("192.0.2.1")).toBe(FIRST_PAUSE_MS);
  });

  it("from one client never make another wait", () => {
    const { now } = clock();
    const attempts = new TokenAttempts(now);
    for (let attempt = 0; attempt < 50; attempt++) attempts.recordWrong("192.0.2.1");
    expect(attempts.pausedFor("192.0.2.1")).toBeGreaterThan(0);
    expect(attempts.pausedFor("192.0.2.2")).toBe(0);
    expect(attempts.pausedFor("2001:db8::1")).toBe(0);
  });

  it("double the wait with each one after the free tries, up to the cap", () => {
    const { time, now } = clock();
    const attempts = new TokenAttempts(now);
    spendFreeTries(attempts, "client");
    const pauses: number[] = [attempts.pausedFor("client")];
    for (let attempt = 0; attempt < 20; attempt++) {
      time.now += attempts.pausedFor("client");
      expect(attempts.pausedFor("client")).toBe(0);
      attempts.recordWrong("client");
      pauses.push(attempts.pausedFor("client"));
    }
    expect(pauses.slice(0, 4)).toEqual([
      FIRST_PAUSE_MS,
      2 * FIRST_PAUSE_MS,
      4 * FIRST_PAUSE_MS,
      8 * FIRST_PAUSE_MS,
    ]);
    expect(pauses.at(-1)).toBe(LONGEST_PAUSE_MS);
    expect(Math.max(...pauses)).toBe(LONGEST_PAUSE_MS);
  });

  it("are forgotten after the right token, and after a long quiet time", () => {
    const { time, now } = clock();
    const attempts = new TokenAttempts(now);
    spendFreeTries(attempts, "a");
    attempts.recordRight("a");
    expect(attempts.pausedFor("a")).toBe(0);
    spendFreeTries(attempts, "a");

    spendFreeTries(attempts, "b");
    time.now += FORGET_AFTER_MS;
    expect(attempts.pausedFor("b")).toBe(0);
    spendFreeTries(attempts, "b");
  });

  it("are remembered for a bounded number of clients, the least recently seen dropped first", () => {
    const { time, now } = clock();
    const attempts = new TokenAttempts(now, 100);
    spendFreeTries(attempts, "guesser");
    for (let client = 0; client < 10_000; client++) {
      time.now += 1;
      attempts.recordWrong(`client-${client}`);
      expect(attempts.size).toBeLessThanOrEqual(100);
    }
    expect(attempts.size).toBe(100);
    expect(attempts.pausedFor("guesser")).toBe(0);
    expect(attempts.pausedFor("client-9999")).toBe(0);
  });

  it("drop expired clients as new ones come", () => {
    const { time, now } = clock();
    const attempts = new TokenAttempts(now, 100);
    for (let client = 0; client < 50; client++) attempts.recordWrong(`old-${client}`);
    time.now += FORGET_AFTER_MS;
    attempts.recordWrong("new");
    expect(attempts.size).toBe(1);
  });
});
