import { describe, expect, it } from "vitest";

import { hostnameOf, hubAccessFor, isLoopbackHost, sessionProof } from "./access";
import { serverSettings } from "./settings";

const TOKEN = "a-long-enough-operator-token";
const LOCAL = { host: "127.0.0.1:3000" };

function settings(env: Record<string, string | undefined>) {
  return serverSettings({ EASEL_CLUSTER_FEATURES: "on", ...env });
}

describe("who may use the cluster features", () => {
  it("nobody, unless the operator turned them on", () => {
    expect(hubAccessFor(serverSettings({ EASEL_LISTEN_HOST: "127.0.0.1" }), LOCAL)).toEqual({
      status: "disabled",
    });
    expect(hubAccessFor(serverSettings({ EASEL_CLUSTER_FEATURES: "yes" }), LOCAL).status).toBe(
      "disabled",
    );
  });

  it("the local user, when Easel listens only on loopback and no token is set", () => {
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]", "127.8.9.10"]) {
      expect(isLoopbackHost(host)).toBe(true);
      expect(hubAccessFor(settings({ EASEL_LISTEN_HOST: host }), LOCAL)).toEqual({
        status: "allowed",
      });
    }
  });

  it("not a page opened by another name, even when that name leads to loopback", () => {
    const local = settings({ EASEL_LISTEN_HOST: "127.0.0.1" });
    for (const host of ["localhost:3000", "[::1]:3000", "127.0.0.1"]) {
      expect(hubAccessFor(local, { host }).status).toBe("allowed");
    }
    for (const host of [
      "attacker.example:3000",
      "attacker.example",
      "localhost.attacker.example",
      undefined,
    ]) {
      expect(hubAccessFor(local, { host })).toEqual({
        status: "misconfigured",
        message: expect.stringContaining("only pages opened at localhost or 127.0.0.1"),
      });
    }
  });

  it("reads the name out of a Host header", () => {
    expect(hostnameOf("[::1]:3000")).toBe("[::1]");
    expect(hostnameOf("127.0.0.1:80")).toBe("127.0.0.1");
    expect(hostnameOf("easel.example.org")).toBe("easel.example.org");
  });

  it("nobody, when Easel listens beyond loopback (or on an unknown address) without a token", () => {
    for (const host of ["0.0.0.0", "::", "10.0.0.5", "easel.example.org", undefined]) {
      expect(isLoopbackHost(host)).toBe(false);
      expect(hubAccessFor(settings({ EASEL_LISTEN_HOST: host }), LOCAL).status).toBe(
        "misconfigured",
      );
    }
  });

  it("with a token set, only a session holding its proof, wherever Easel listens", () => {
    for (const host of ["0.0.0.0", "127.0.0.1"]) {
      const withToken = settings({ EASEL_LISTEN_HOST: host, EASEL_ACCESS_TOKEN: TOKEN });
      expect(hubAccessFor(withToken, LOCAL)).toEqual({ status: "token-required" });
      expect(hubAccessFor(withToken, { ...LOCAL, sessionCookie: TOKEN })).toEqual({
        status: "token-required",
      });
      expect(
        hubAccessFor(withToken, {
          ...LOCAL,
          sessionCookie: sessionProof("another-long-operator-token"),
        }),
      ).toEqual({
        status: "token-required",
      });
      expect(hubAccessFor(withToken, { ...LOCAL, sessionCookie: sessionProof(TOKEN) })).toEqual({
        status: "allowed",
      });
    }
  });

  it("refuses a token too short to stand between the network and the hub", () => {
    const short = settings({ EASEL_LISTEN_HOST: "0.0.0.0", EASEL_ACCESS_TOKEN: "short" });
    expect(hubAccessFor(short, { ...LOCAL, sessionCookie: sessionProof("short") }).status).toBe(
      "misconfigured",
    );
  });

  it("keeps the token out of the session cookie", () => {
    expect(sessionProof(TOKEN)).not.toContain(TOKEN);
    expect(sessionProof(TOKEN)).toBe(sessionProof(TOKEN));
  });
});
