import { describe, expect, it } from "vitest";

import { tokenKubeconfig } from "@/scripts/test-hub/test-hub";

import { chartRef, sessionMask, type HelmSession } from "./helm-session";
import { MASK } from "./secret-mask";

const TOKEN = "hub-token-8c1f0e";

function session(overrides: Partial<HelmSession> = {}): HelmSession {
  return {
    helm: { isAvailable: true, path: "/usr/bin/helm", version: "v3.17.2", major: 3 },
    kubeconfig: tokenKubeconfig("https://127.0.0.1:6443", "admin", TOKEN),
    namespace: "mural-system",
    source: { registry: "oci://registry.example.test/mural/", isPlainHttp: false },
    secrets: ["values-secret"],
    ...overrides,
  };
}

describe("a Helm session", () => {
  it("masks the values' secrets, the registry login and the kubeconfig's token", () => {
    const credentials = { username: "robot", password: "registry-pass" };
    const mask = sessionMask(session({ credentials }));
    const login = Buffer.from("robot:registry-pass").toString("base64");
    expect(mask(`values-secret registry-pass ${login} ${TOKEN}`)).toBe(
      [MASK, MASK, MASK, MASK].join(" "),
    );
  });

  it("names both charts after their release under the registry", () => {
    expect(chartRef(session().source, "mural-crds")).toBe(
      "oci://registry.example.test/mural/mural-crds",
    );
  });
});
