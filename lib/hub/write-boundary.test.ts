import { describe, expect, it } from "vitest";

import type { ObjectRef } from "./object-ref";
import { boundaryText, isInsideBoundary, namespaceOfRef, writeRefusal } from "./write-boundary";

const RELEASE: ObjectRef = { kind: "Namespace", name: "mural-system" };
const VALUES: ObjectRef = { kind: "Secret", name: "easel-mural-values", namespace: "mural-system" };
const TOKEN: ObjectRef = { kind: "Secret", name: "huggingface-token", namespace: "team-b" };
const TEAM_B: ObjectRef = { kind: "Namespace", name: "team-b" };
const IN_KUBE_SYSTEM: ObjectRef = {
  kind: "Secret",
  name: "spoke-kubeconfig-x",
  namespace: "kube-system",
};

const ONLY_RELEASE = { kind: "only", namespaces: ["mural-system", "primary-dev"] } as const;

describe("where Easel may write", () => {
  it("a Namespace is written to itself; any other object to the namespace it lives in", () => {
    expect(namespaceOfRef(RELEASE)).toBe("mural-system");
    expect(namespaceOfRef(TOKEN)).toBe("team-b");
  });

  it("without an allow-list, anywhere but Kubernetes' own namespaces", () => {
    expect(writeRefusal([RELEASE, VALUES, TEAM_B, TOKEN], { kind: "any" })).toBeUndefined();
    expect(isInsideBoundary({ kind: "Namespace", name: "default" }, { kind: "any" })).toBe(false);
    expect(writeRefusal([RELEASE, IN_KUBE_SYSTEM], { kind: "any" })).toBe(
      "Nothing was sent to the hub: Easel may not write to kube-system (Easel never writes to kube-system, kube-public, kube-node-lease and default).",
    );
  });

  it("with an allow-list, only there, naming each namespace refused once and the setting", () => {
    expect(writeRefusal([RELEASE, VALUES], ONLY_RELEASE)).toBeUndefined();
    expect(writeRefusal([RELEASE, VALUES, TEAM_B, TOKEN, IN_KUBE_SYSTEM], ONLY_RELEASE)).toBe(
      "Nothing was sent to the hub: Easel may not write to kube-system (Easel never writes to kube-system, kube-public, kube-node-lease and default), nor to team-b (EASEL_ALLOWED_NAMESPACES on this Easel server allows only mural-system and primary-dev).",
    );
  });

  it("a setting Easel cannot read refuses everything, with its own reason", () => {
    const boundary = {
      kind: "misconfigured",
      problem: "EASEL_ALLOWED_NAMESPACES is broken.",
    } as const;
    expect(isInsideBoundary(RELEASE, boundary)).toBe(false);
    expect(writeRefusal([RELEASE], boundary)).toBe(
      "Nothing was sent to the hub: EASEL_ALLOWED_NAMESPACES is broken.",
    );
    expect(writeRefusal([], boundary)).toBeDefined();
  });

  it("the panel's line names the namespaces, or the reserved ones when there is no list", () => {
    expect(boundaryText(ONLY_RELEASE)).toBe(
      "Only mural-system and primary-dev (EASEL_ALLOWED_NAMESPACES on this Easel server).",
    );
    expect(boundaryText({ kind: "any" })).toContain(
      "except kube-system, kube-public, kube-node-lease and default",
    );
  });
});
