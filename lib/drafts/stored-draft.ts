import { withoutSecrets } from "@/lib/schemas/secret-paths";
import type { FileWithoutSecrets } from "@/lib/secret-tracking/file-secrets";
import type { TargetId } from "@/lib/targets/catalog";

/** The browser storage key of one target's draft. */
export function draftKey(target: TargetId): string {
  return `easel:draft:${target}`;
}

/**
 * The imported file as a draft keeps it: its name, the domain it was read with, and its text with
 * every secret value emptied (`emptied` says where), so a reload can rebuild the import.
 */
export type StoredFile = { name: string; domain: string } & FileWithoutSecrets;

/**
 * A draft as stored: when it was saved, the configuration with every secret emptied, and the
 * imported file the form edits, if any.
 */
export type StoredDraft = { savedAt: string; config: unknown; file?: StoredFile };

/** Drafts larger than this are not saved: an embedded logo aside, configurations are small. */
export const DRAFT_MAX_CHARS = 2 * 1024 * 1024;

/**
 * The text to store for `config` (and the imported `file`, already without its secrets): every
 * secret field emptied, so none reaches browser storage.
 */
export function serializeDraft(config: object, savedAt: Date, file?: StoredFile): string {
  const draft: StoredDraft = {
    savedAt: savedAt.toISOString(),
    config: withoutSecrets(config),
    ...(file ? { file } : {}),
  };
  return JSON.stringify(draft);
}

/**
 * What to store for the form: the draft with its imported file when that fits under
 * DRAFT_MAX_CHARS, else the form alone (a reload will not bring the file back), else nothing.
 */
export function draftToStore(
  config: object,
  savedAt: Date,
  file?: StoredFile,
): { text?: string; isFileKept: boolean } {
  const withFile = serializeDraft(config, savedAt, file);
  if (withFile.length <= DRAFT_MAX_CHARS) return { text: withFile, isFileKept: true };
  const alone = serializeDraft(config, savedAt);
  return { text: alone.length <= DRAFT_MAX_CHARS ? alone : undefined, isFileKept: false };
}
