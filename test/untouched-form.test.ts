import { describe, expect, it } from "vitest";

import { TARGET_IDS } from "@/lib/targets/catalog";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { SAMPLE_DEX_HASH } from "@/test/support/target-config";

/**
 * The preview does not check a new form nobody has used yet (`components/config/files-preview`):
 * it says such a form needs attention without loading the schema. That holds only while every
 * target's new configuration fails its schema even once its passwords are hashed.
 */
describe("a new form nobody has used is never valid", () => {
  it.each(TARGET_IDS)(
    "%s: its new configuration, passwords hashed, fails the schema",
    async (id) => {
      const target = TARGET_MODULES[id];
      const config = target.createDefaults();
      for (const user of config.identity.localUsers) user.hash = SAMPLE_DEX_HASH;
      const result = await target.schema.safeParseAsync(config);
      expect(result.success).toBe(false);
      // Failing for what the admin must still give, not for the hash just filled in.
      const paths = result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
      expect(paths.some((path) => path.endsWith(".hash"))).toBe(false);
    },
  );
});
