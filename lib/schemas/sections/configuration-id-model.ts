// What the form needs of the configuration-id section, apart from its schema (`./configuration-id.ts`): a target's page
// loads these with the form, and zod only at the first check.

import { generateUuid } from "@/lib/secrets/generate";

import type { ConfigurationId } from "./configuration-id";

/** A new configuration's id (cryptographically random). Call it where the defaults are made. */
export function newConfigurationId(): ConfigurationId {
  return generateUuid();
}
