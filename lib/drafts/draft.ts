import { importValues, type ImportedValues } from "@/lib/import/import-values";
import { EVERY_ITEM, type PathPattern } from "@/lib/paths/patterns";
import { setAtPath, valueAtPath } from "@/lib/paths/read-write";
import { SECRET_PATHS } from "@/lib/schemas/secret-paths";
import { isConfigurationId } from "@/lib/schemas/sections/configuration-id";
import { withSpokeKinds } from "@/lib/schemas/sections/fleet-model";
import { withChartSourceDefaults } from "@/lib/schemas/sections/install-model";
import type { ConfigOf } from "@/lib/schemas/targets";
import { fileWithoutSecrets } from "@/lib/secret-tracking/file-secrets";
import type { TargetId } from "@/lib/targets/catalog";
import type { TargetModule } from "@/lib/targets/target-module";
import { isMapping } from "@/lib/tree/tree";

import { DRAFT_MAX_CHARS, type StoredDraft, type StoredFile } from "./stored-draft";

/**
 * The imported file as a draft keeps it, emptied of its secrets. `stillMissing`, the emptied
 * paths of a file a draft brought back (whose text no longer holds those secrets), stay listed:
 * the next reload still says what is missing.
 */
export function storedFileOf<T extends TargetId>(
  module: TargetModule<T>,
  imported: ImportedValues,
  stillMissing: readonly string[] = [],
): StoredFile {
  const { text, emptied } = fileWithoutSecrets(module, imported);
  return {
    name: imported.name,
    domain: imported.domain,
    text,
    emptied: [...new Set([...stillMissing, ...emptied])],
  };
}

/** Issues that say a draft no longer has the form's shape (saved by an older Easel, or edited). */
const SHAPE_ISSUES = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_union",
  "unrecognized_keys",
]);

/** The imported file a draft brought back: the import rebuilt from its stored text. */
export type RestoredFile = { stored: StoredFile; imported: ImportedValues };

export type RestoredDraft<T extends TargetId> = {
  config: ConfigOf<T>;
  savedAt: Date;
  file?: RestoredFile;
};

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
  withSpokeKinds(draft.config);
  withChartSourceDefaults(draft.config);
  const result = module.schema.safeParse(draft.config);
  if (!result.success && result.error.issues.some((issue) => SHAPE_ISSUES.has(issue.code))) {
    return undefined;
  }
  const config = draft.config as ConfigOf<T>;
  const file = restoredFile(module, draft.file, config);
  // The file's own secrets are not invented afresh: the admin re-opens the file or gives them.
  if (file) return { config, savedAt, file };
  return { config: withGeneratedSecrets(config, defaults), savedAt };
}

function isStoredFile(file: unknown): file is StoredFile {
  return (
    isMapping(file) &&
    typeof file.name === "string" &&
    typeof file.domain === "string" &&
    typeof file.text === "string" &&
    Array.isArray(file.emptied) &&
    file.emptied.every((path) => typeof path === "string")
  );
}

/** The import rebuilt from the draft's file, as the form left it; none when it no longer reads. */
function restoredFile<T extends TargetId>(
  module: TargetModule<T>,
  file: unknown,
  config: ConfigOf<T>,
): RestoredFile | undefined {
  if (!isStoredFile(file)) return undefined;
  const reading = importValues(module, file.name, file.text, config);
  if ("problem" in reading) return undefined;
  return { stored: file, imported: { ...reading.imported, domain: file.domain } };
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
    if ((path as PathPattern).includes(EVERY_ITEM)) continue;
    const generated = valueAtPath(defaults, path);
    if (typeof generated === "string" && generated !== "" && valueAtPath(config, path) === "") {
      setAtPath(config, path, generated);
    }
  }
  return config;
}
