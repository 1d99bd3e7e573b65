import { describe, expect, it } from "vitest";

import { HelmFailure } from "./helm-failure";
import { helmStatusOf, isoTimeOf, releaseOutcomeOf } from "./helm-json";

describe("Helm's JSON", () => {
  it("reads a release's outcome, its notes masked, nothing else of it", () => {
    // The shape `helm upgrade -o json` prints (values and manifest included, dropped here).
    const text = JSON.stringify({
      name: "mural",
      info: { status: "deployed", notes: "Log in with s3cret-token." },
      config: { token: "s3cret-token" },
      manifest: "kind: Secret",
      version: 3,
      namespace: "mural-system",
    });
    const outcome = releaseOutcomeOf(text, {
      doing: "upgrade mural",
      mask: (notes) => notes.replaceAll("s3cret-token", "***"),
    });
    expect(outcome).toEqual({ revision: 3, status: "deployed", notes: "Log in with ***." });
  });

  it("refuses output that is not JSON rather than guessing", () => {
    expect(() =>
      releaseOutcomeOf("Release upgraded", { doing: "upgrade mural", mask: (text) => text }),
    ).toThrow(HelmFailure);
  });

  it("turns both of Helm's time formats into ISO 8601", () => {
    expect(isoTimeOf("2026-12-01T21:08:33.935123456Z")).toBe("2026-12-01T21:08:33.935Z");
    expect(isoTimeOf("2026-12-01T22:08:33.935123456+01:00")).toBe("2026-12-01T21:08:33.935Z");
    expect(isoTimeOf("2026-12-01 22:08:33.935123456 +0100 CET")).toBe("2026-12-01T21:08:33.935Z");
    expect(isoTimeOf("2026-12-01 21:08:33 +0000 UTC")).toBe("2026-12-01T21:08:33.000Z");
  });

  it("reads an unknown status as unknown", () => {
    expect(helmStatusOf("pending-upgrade")).toBe("pending-upgrade");
    expect(helmStatusOf("exploded")).toBe("unknown");
  });
});
