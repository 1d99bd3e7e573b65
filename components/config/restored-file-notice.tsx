"use client";

import { useDeferredValue, useMemo } from "react";

import type { RestoredFile } from "@/lib/drafts/draft";
import { missingFileSecrets } from "@/lib/drafts/missing-secrets";
import { targetModule } from "@/lib/targets/modules";
import { YamlTextInput } from "@/components/ui/yaml-text-input";
import { useConfigWatch } from "@/components/hooks/config-form";

import { useTargetForm } from "./target-context";
import type { RestoredFileState } from "./use-restored-file";

export type RestoredFileNoticeProps = { restored: RestoredFileState };

/**
 * Which secrets of the imported file a reload left empty (by chart path, never a value), and the
 * two ways to have them again: re-open the same file, or give each one in the form.
 */
export function RestoredFileNotice({ restored }: RestoredFileNoticeProps) {
  if (!restored.file) {
    return restored.reopened ? (
      <p>
        Re-opened <strong>{restored.reopened}</strong>: its secrets are back in the form.
      </p>
    ) : null;
  }
  return <MissingSecrets file={restored.file} onReopen={restored.reopen} />;
}

type MissingSecretsProps = {
  file: RestoredFile;
  onReopen: RestoredFileState["reopen"];
};

function MissingSecrets({ file, onReopen }: MissingSecretsProps) {
  const target = targetModule(useTargetForm().id);
  const config = useDeferredValue(useConfigWatch());
  // Measured in the file about to be exported: a secret given in the form since drops out.
  const missing = useMemo(
    () => missingFileSecrets(file, target.buildValues(config)),
    [file, target, config],
  );
  const { name } = file.stored;
  return (
    <div className="restored-file">
      {missing.length > 0 ? (
        <>
          <p>
            <strong>
              {missing.length === 1 ? "One secret" : `${missing.length} secrets`} of {name}{" "}
              {missing.length === 1 ? "is" : "are"} missing:
            </strong>{" "}
            the draft kept the file without them, and Easel generated none afresh.
          </p>
          <ul className="restored-file-missing" aria-label={`Secrets missing from ${name}`}>
            {missing.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
          <p>
            Re-open {name} to take them back (your other changes stay), or enter or generate each
            one in the form, where it is marked required. Secrets under keys the form does not show
            come back only with the file.
          </p>
        </>
      ) : (
        <p>The draft kept {name}; none of its secrets is missing.</p>
      )}
      <details className="reopen-file">
        <summary>Re-open {name}</summary>
        <YamlTextInput
          fileLabel="the same file"
          pasteAction="Re-open the pasted file"
          onText={onReopen}
        />
      </details>
    </div>
  );
}
