import { describe, expect, it } from "vitest";

import { writeBoundaryOf } from "./allowed-namespaces";
import { serverSettings } from "./settings";

describe("EASEL_ALLOWED_NAMESPACES", () => {
  it.each([undefined, "", "   "])(
    "unset or blank (%j) leaves every namespace but the reserved",
    (value) => {
      expect(writeBoundaryOf(value)).toEqual({ kind: "any" });
    },
  );

  it("lists names separated by commas, each trimmed, once each", () => {
    expect(writeBoundaryOf(" mural-system, primary-dev ,,primary-dev,")).toEqual({
      kind: "only",
      namespaces: ["mural-system", "primary-dev"],
    });
  });

  it.each([
    [",", "names no namespace, only commas"],
    ["mural-system, Team A", 'holds "Team A", which is not a namespace name'],
    ["mural-system;primary-dev", 'holds "mural-system;primary-dev"'],
    ["*", 'holds "*"'],
    ["mural-system,kube-system", "names kube-system, where Easel never writes"],
  ])("%j lets Easel write nowhere and says why", (value, why) => {
    const boundary = writeBoundaryOf(value);
    if (boundary.kind !== "misconfigured") throw new Error(`${value} was read as a list`);
    expect(boundary.problem).toMatch(
      /^EASEL_ALLOWED_NAMESPACES .*; Easel writes nowhere until it is fixed\.$/,
    );
    expect(boundary.problem).toContain(why);
  });

  it("quotes a long wrong entry only in part", () => {
    const boundary = writeBoundaryOf("x".repeat(200));
    if (boundary.kind !== "misconfigured") throw new Error("a 200-character name was read");
    expect(boundary.problem).toContain(`"${"x".repeat(60)}…"`);
    expect(boundary.problem).not.toContain("x".repeat(61));
  });

  it("another setting the server cannot read does not unset the allow-list", () => {
    const settings = serverSettings({
      EASEL_HUB_TIMEOUT_SECONDS: "not a number",
      EASEL_ALLOWED_NAMESPACES: "mural-system",
    });
    expect(settings.timeoutMs).toBe(20_000);
    expect(settings.writeBoundary).toEqual({ kind: "only", namespaces: ["mural-system"] });
  });
});
