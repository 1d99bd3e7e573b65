import { describe, expect, it } from "vitest";

import { hubAccessFor, isLoopbackHost, sessionProof } from "./access";
import { serverSettings } from "./settings";

const TOKEN = "a-long-enough-operator-token";

function settings(env: Record<string, string | undefined>) {
  return serverSettings({ EASEL_CLUSTER_FEATURES: "on", ...env });
}

describe("who may use the cluster features", () => {
  it("nobody, unless the operator turned them on", () => {
    expect(hubAccessFor(serverSettings({ EASEL_LISTEN_HOST: "127.0.0.1" }), undefined)).toEqual({
      status: "disabled",
    });
    expect(hubAccessFor(serverSettings({ EASEL_CLUSTER_FEATURES: "yes" }), undefined).status).toBe(
      "disabled",
    );
  });

  it("the local user, when Easel listens only on loopback and no token is set", () => {
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]", "127.8.9.10"]) {
      expect(isLoopbackHost(host)).toBe(true);
      expect(hubAccessFor(settings({ EASEL_LISTEN_HOST: host }), undefined)).toEqual({
        status: "allowed",
      });
    }
  });

  it("nobody, when Easel listens beyond loopback (or on an unknown address) without a token", () => {
    for (const host of ["0.0.0.0", "::", "10.0.0.5", "easel.example.org", undefined]) {
      expect(isLoopbackHost(host)).toBe(false);
      expect(hubAccessFor(settings({ EASEL_LISTEN_HOST: host }), undefined).status).toBe(
        "misconfigured",
      );
    }
  });

  it("with a token set, only a session holding its proof, wherever Easel listens", () => {
    for (const host of ["0.0.0.0", "127.0.0.1"]) {
      const withToken = settings({ EASEL_LISTEN_HOST: host, EASEL_ACCESS_TOKEN: TOKEN });
      expect(hubAccessFor(withToken, undefined)).toEqual({ status: "token-required" });
      expect(hubAccessFor(withToken, TOKEN)).toEqual({ status: "token-required" });
      expect(hubAccessFor(withToken, sessionProof("another-long-operator-token"))).toEqual({
        status: "token-required",
      });
      expect(hubAccessFor(withToken, sessionProof(TOKEN))).toEqual({ status: "allowed" });
    }
  });

  it("refuses a token too short to stand between the network and the hub", () => {
    const short = settings({ EASEL_LISTEN_HOST: "0.0.0.0", EASEL_ACCESS_TOKEN: "short" });
    expect(hubAccessFor(short, sessionProof("short")).status).toBe("misconfigured");
  });

  it("keeps the token out of the session cookie", () => {
    expect(sessionProof(TOKEN)).not.toContain(TOKEN);
    expect(sessionProof(TOKEN)).toBe(sessionProof(TOKEN));
  });
});
