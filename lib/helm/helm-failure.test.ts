import { describe, expect, it } from "vitest";

import { failureCodeOf, helmFailureOf } from "./helm-failure";

// Helm's own words, as Helm 3.17 and 4.1 print them against the test hub and registry.
const CASES: [string, ReturnType<typeof failureCodeOf>][] = [
  [
    'Error: query: failed to query with labels: secrets is forbidden: User "easel-restricted" cannot list resource "secrets" in API group "" in the namespace "mural-system"',
    "forbidden",
  ],
  ["Error: Unauthorized", "unauthorized"],
  [
    'Error: failed to perform "FetchReference" on source: GET "http://127.0.0.1:5000/v2/mural/mural/manifests/1.0.0": response status code 401: unauthorized: authentication required',
    "unauthorized",
  ],
  [
    "Error: pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials",
    "unauthorized",
  ],
  [
    'Error: failed to perform "FetchReference" on source: GET "http://127.0.0.1:37821/v2/mural/mural-crds/manifests/0.6.0": basic credential not found',
    "unauthorized",
  ],
  [
    'Error: Kubernetes cluster unreachable: Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused',
    "unreachable",
  ],
  ["Error: UPGRADE FAILED: context deadline exceeded", "timeout"],
  [
    "Error: INSTALLATION FAILED: release mural failed, and has been uninstalled due to atomic being set: timed out waiting for the condition",
    "timeout",
  ],
  ["Error: release: not found", "not-found"],
  [
    'Error: UPGRADE FAILED: release mural failed, and has been rolled back due to atomic being set: cannot patch "mural-broken" with kind Service: Service "mural-broken" is invalid: spec.ports[0].nodePort: Invalid value: 1: provided port is not in the valid range',
    "invalid",
  ],
  ["Error: parse error at (mural/templates/x.yaml:3): unexpected EOF", "invalid"],
  ["Error: something else entirely", "failed"],
];

describe("Helm's failures", () => {
  it.each(CASES)("%s → %s", (stderr, code) => {
    expect(failureCodeOf(stderr)).toBe(code);
  });

  it("names the release, gives Helm's reason and says the rollback ran", () => {
    const failure = helmFailureOf(`WARNING: something\n${CASES[9]?.[0] ?? ""}\n`, {
      doing: "install or upgrade mural",
      release: "mural",
    });
    expect(failure.code).toBe("invalid");
    expect(failure.release).toBe("mural");
    expect(failure.isRolledBack).toBe(true);
    expect(failure.message).toMatch(
      /^Helm could not install or upgrade mural: Helm or the hub rejected what the chart renders \(UPGRADE FAILED: release mural failed, and has been rolled back .*\)\. Helm rolled mural back to where it was\.$/,
    );
  });

  it("says nothing of a rollback that did not happen", () => {
    const failure = helmFailureOf("Error: release: not found", {
      doing: "read mural's history",
      release: "mural",
    });
    expect(failure.isRolledBack).toBe(false);
    expect(failure.message).toBe(
      "Helm could not read mural's history: something it needs was not found (release: not found).",
    );
  });
});
