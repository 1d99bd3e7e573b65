"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { RestoredFile } from "@/lib/drafts/draft";
import type { ImportedValues } from "@/lib/import/import-values";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { loadTargetModule } from "@/lib/targets/load-module";
import type { ConfigPath } from "@/components/hooks/config-path";

import { NOT_LOADED } from "./not-loaded";
import { useSecretLedger } from "./secret-ledger";
import { showEveryError } from "./show-every-error";

export type RestoredFileState = {
  /** The draft's file whose secrets are still missing; none once re-opened or left. */
  file?: RestoredFile;
  /** Takes the same file again; the reason when it is not that file or cannot be read. */
  reopen: (name: string, text: string) => Promise<string | undefined>;
  /** Forgets the draft's file: another file was imported. */
  drop: () => void;
  /** The name of the file re-opened, once it was. */
  reopened?: string;
};

/**
 * The imported file a draft brought back without its secrets. Re-opening the same file takes
 * its secrets back into the fields the admin has left empty, every other edit staying, and makes
 * the real file the one edited again. Leaving the file (stop editing, start over, a profile)
 * forgets it.
 */
export function useRestoredFile(
  targetId: TargetId,
  form: UseFormReturn<TargetConfig>,
  restored: RestoredFile | undefined,
  imported: ImportedValues | undefined,
  onImported: (imported: ImportedValues) => void,
): RestoredFileState {
  const ledger = useSecretLedger();
  const [kept, setFile] = useState(restored);
  const [reopened, setReopened] = useState<string>();
  // Without an import (stopped editing, started over, a profile loaded) the draft's file is gone;
  // a new import drops it for good.
  const file = imported === undefined ? undefined : kept;
  useEffect(() => {
    // The secrets the file held and the draft could not keep show as required at once.
    if (restored) void showEveryError(form);
  }, [restored, form]);

  async function reopen(name: string, text: string): Promise<string | undefined> {
    if (!file) return undefined;
    const loaded = await Promise.all([
      import("@/lib/drafts/reopen-file"),
      loadTargetModule(targetId),
    ]).catch(() => undefined);
    if (!loaded) return NOT_LOADED;
    const [{ reopenFile }, target] = loaded;
    const result = reopenFile(target, file.stored, name, text, form.getValues());
    if ("problem" in result) return result.problem;
    for (const secret of result.secrets) {
      form.setValue(secret.name as ConfigPath, secret.value, {
        shouldDirty: true,
        shouldValidate: true,
      });
    }
    ledger.markKept(form.getValues(), "values.yaml");
    onImported(result.imported);
    setFile(undefined);
    setReopened(file.stored.name);
    return undefined;
  }
  return { file, reopen, drop: () => setFile(undefined), reopened };
}
