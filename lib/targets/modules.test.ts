import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { findPlaceholder } from "@/lib/validation/placeholders";
import { validConfig } from "@/test/support/target-config";

import { TARGET_IDS } from "./catalog";
import { targetForm } from "./forms";
import { loadTargetModule } from "./load-module";
import { targetModule } from "./modules";
import type { TargetModule } from "./target-module";
import { renderPreview, renderValuesFile } from "./values-file";

/** Every member a module must have: listing them all is checked by the type. */
const REQUIRED_MEMBERS = {
  id: true,
  schema: true,
  createDefaults: true,
  buildValues: true,
  fileHeader: true,
  readValues: true,
  importWarnings: true,
  installsCharts: true,
  downloads: true,
  fieldGroups: true,
  copy: true,
} satisfies {
  [K in keyof TargetModule as undefined extends TargetModule[K] ? never : K]-?: true;
};

describe.each(TARGET_IDS)("[%s] target module", (id) => {
  const target = targetModule(id);

  it("is registered under its own id", () => {
    expect(target.id).toBe(id);
  });

  it("is what its form shows, and what the page loads later", async () => {
    const form = targetForm(id);
    expect(form.id).toBe(id);
    for (const member of Object.keys(form) as (keyof typeof form)[]) {
      expect(target[member], member).toBe(form[member]);
    }
    expect(await loadTargetModule(id)).toBe(target);
  });

  it("is complete: every member is there, whatever casts built it", () => {
    for (const member of Object.keys(REQUIRED_MEMBERS)) {
      expect(target[member as keyof TargetModule], member).toBeDefined();
    }
    for (const part of Object.values(target.downloads)) expect(part).toBeDefined();
  });

  it("has ingress inferences exactly when its form shows the ingress choices", () => {
    expect(target.ingressInferences !== undefined).toBe(target.fieldGroups.has("ingress"));
  });

  it("installs the charts exactly when its form asks for their versions", () => {
    expect(target.installsCharts).toBe(target.fieldGroups.has("chartVersions"));
  });

  it("asks only for the fields it cannot default", () => {
    const result = target.schema.safeParse(target.createDefaults());
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    // Without a root domain, the appliance's admin needs an email it cannot derive.
    const required =
      id === "appliance"
        ? ["identity.localUsers.0.email"]
        : ["global.domain", "fleet.hubApiServer"];
    // Local users' passwords are hashed in the browser once the form opens.
    expect(paths.filter((path) => path !== "identity.localUsers.0.hash")).toEqual(required);
  });

  it("writes a file that parses as Helm reads it, with no docs placeholder", () => {
    const config = validConfig(id);
    const text = renderValuesFile(target, config, new Date("2026-11-21T10:00:00Z"));
    expect(findPlaceholder(text)).toBeUndefined();
    expect(text).toContain("# Generated at 2026-11-21T10:00:00.000Z.");
    expect(parse(text, { version: "1.1" })).toEqual(target.buildValues(config));
  });

  it("previews with secrets masked", () => {
    const config = validConfig(id);
    const preview = renderPreview(target, config, { revealSecrets: false });
    for (const user of config.identity.localUsers) expect(preview).not.toContain(user.password);
    if ("sessionSecret" in config.canvas)
      expect(preview).not.toContain(config.canvas.sessionSecret);
  });
});
