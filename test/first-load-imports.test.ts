import { describe, expect, it } from "vitest";

import { packagesLoadedWith } from "@/test/support/static-imports";

/**
 * Packages a target's page loads only once they are needed: schema checks at the first
 * validation, YAML at the first import or in the preview's worker, X.509 at the first CA file,
 * bcrypt in its worker, the zip at the first bundle, the hub's queries with the hub panel.
 */
const LOADED_WHEN_NEEDED = [
  "zod",
  "@hookform/resolvers",
  "yaml",
  "@peculiar/asn1-schema",
  "@peculiar/asn1-x509",
  "asn1js",
  "bcryptjs",
  "fflate",
  "diff",
  "@tanstack/react-query",
];

describe("a target's page loads the form first and the rest when it is needed", () => {
  it("the form's first load fetches none of the heavier packages", () => {
    const loaded = packagesLoadedWith("components/config/target-form-root.tsx");
    const chains = LOADED_WHEN_NEEDED.flatMap((pkg) => {
      const chain = loaded.get(pkg);
      return chain ? [chain.join(" > ")] : [];
    });
    expect(chains).toEqual([]);
  });

  it("the preview's worker starts with the YAML code only: the schema loads with its first check", () => {
    const loaded = packagesLoadedWith("lib/preview/preview.worker.ts");
    expect([...loaded.keys()]).toEqual(["yaml"]);
  });

  it("a server action the form calls loads none of its code in the browser", () => {
    expect(packagesLoadedWith("lib/actions/render-untouched-preview.ts").size).toBe(0);
  });

  it("finds a package a form module imports", () => {
    const loaded = packagesLoadedWith("components/config/target-form-root.tsx");
    expect(loaded.get("react-hook-form")?.at(-1)).toBe("react-hook-form");
  });
});
