import type { ConfigOf } from "@/lib/schemas/targets";
import { setAt, valueAt } from "@/lib/forms/dotted-path";
import { isMapping, type Tree } from "@/lib/forms/tree";
import { isConfigurationId } from "@/lib/schemas/sections/configuration-id";
import { SECRET_PATHS, withoutSecrets } from "@/lib/secrets/secret-paths";
import type { TargetId } from "@/lib/targets/registry";
import type { TargetModule } from "@/lib/targets/target-module";

/** The browser storage key of one target's draft. */
export function draftKey(target: TargetId): string {
  return `easel:draft:${target}`;
}

/** A draft as stored: when it was saved, and the configuration with every secret emptied. */
type StoredDraft = { savedAt: string; config: unknown };

/** Drafts larger than this are not saved: an embedded logo aside, configurations are small. */
export const DRAFT_MAX_CHARS = 2 * 1024 * 1024;

/** The text to store for `config`: every secret field emptied, so none reaches browser storage. */
export function serializeDraft(config: object, savedAt: Date): string {
  const draft: StoredDraft = {
    savedAt: savedAt.toISOString(),
    config: withoutSecrets(config),
  };
  return JSON.stringify(draft);
}

/** Issues that say a draft no longer has the form's shape (saved by an older Easel, or edited). */
const SHAPE_ISSUES = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_union",
  "unrecognized_keys",
]);

export type RestoredDraft<T extends TargetId> = { config: ConfigOf<T>; savedAt: Date };

/**
 * The draft stored as `text`, if it still fits the target's form. An incomplete draft is fine
 * (the form shows what is missing); one of another shape is dropped rather than crash the form.
 */
export function restoreDraft<T extends TargetId>(
  module: TargetModule<T>,
  text: string | null,
): RestoredDraft<T> | undefined {
  if (text === null || text.length > DRAFT_MAX_CHARS) return undefined;
  let draft: Partial<StoredDraft>;
  try {
    draft = JSON.parse(text) as Partial<StoredDraft>;
  } catch {
    return undefined;
  }
  const savedAt = new Date(String(draft?.savedAt));
  if (Number.isNaN(savedAt.getTime())) return undefined;
  const defaults = module.createDefaults();
  withConfigurationId(draft.config, defaults.configurationId);
  const result = module.schema.safeParse(draft.config);
  if (!result.success && result.error.issues.some((issue) => SHAPE_ISSUES.has(issue.code))) {
    return undefined;
  }
  const config = draft.config as ConfigOf<T>;
  return { config: withGeneratedSecrets(config, defaults), savedAt };
}

/**
 * A draft saved before configurations had an id (or with one edited beyond use) becomes a
 * configuration of its own, with a new id, rather than being dropped.
 */
function withConfigurationId(config: unknown, fresh: string): void {
  if (isMapping(config) && !isConfigurationId(config.configurationId)) {
    config.configurationId = fresh;
  }
}

/**
 * `config` with each secret Easel invents (the session secret, the Dex clients' secrets, the audit
 * password) freshly generated where the draft has none; secrets the admin brings stay empty.
 */
function withGeneratedSecrets<C extends object>(config: C, defaults: C): C {
  for (const path of SECRET_PATHS) {
    if (path.includes("*")) continue;
    const generated = valueAt(defaults, path);
    if (typeof generated === "string" && generated !== "" && valueAt(config, path) === "") {
      setAt(config as Tree, path, generated);
    }
  }
  return config;
}
