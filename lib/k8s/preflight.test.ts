import { describe, expect, it } from "vitest";

import { isSupportedVersion } from "./preflight";

describe("isSupportedVersion", () => {
  it("accepts Kubernetes 1.32 and newer, as PaletteAI's hub needs, whatever the distribution suffix", () => {
    for (const version of ["v1.32.0", "v1.32.4-gke.100", "v1.33.1+k3s1", "1.40.0", "v2.0.0"]) {
      expect(isSupportedVersion(version), version).toBe(true);
    }
  });

  it("refuses older and unreadable versions", () => {
    for (const version of ["v1.31.9", "v1.20.2", "v1.4.0", "", "latest"]) {
      expect(isSupportedVersion(version), version).toBe(false);
    }
  });
});
