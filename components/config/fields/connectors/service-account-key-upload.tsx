"use client";

import { useState, type ChangeEvent } from "react";
import { useController, useFormContext } from "react-hook-form";

import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import {
  readServiceAccountKey,
  SERVICE_ACCOUNT_KEY_MAX_BYTES,
} from "@/lib/dex/google-service-account";
import { GOOGLE_AUTH_VOLUME } from "@/lib/chart/constants";
import { fieldId } from "@/components/ui/field-id";
import { FieldShell } from "@/components/ui/field-shell";

export type ServiceAccountKeyUploadProps = { base: `identity.connectors.${number}` };

/**
 * The Google service-account key that lets Dex read Workspace groups. Only a file that reads as
 * such a key is kept (in memory, for its Secret); keeping it points the connector at the mount.
 */
export function ServiceAccountKeyUpload({ base }: ServiceAccountKeyUploadProps) {
  const { setValue, trigger } = useFormContext();
  const keyPath = `${base}.serviceAccountKey` as const;
  const pathPath = `${base}.config.serviceAccountFilePath` as const;
  const { field, fieldState } = useController({ name: keyPath });
  const [problem, setProblem] = useState<string>();
  const key = (field.value as string | undefined) ?? "";
  const reading = key === "" ? undefined : readServiceAccountKey(key);

  function keep(text: string) {
    setValue(keyPath, text, { shouldDirty: true });
    setValue(pathPath, text === "" ? "" : GOOGLE_SERVICE_ACCOUNT_PATH, { shouldDirty: true });
    void trigger(`${base}.config`);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > SERVICE_ACCOUNT_KEY_MAX_BYTES) {
      setProblem(`${file.name} is too large to be a service-account key (about 2 kB).`);
      return;
    }
    const text = await file.text();
    const read = readServiceAccountKey(text);
    if ("problem" in read) {
      setProblem(`${file.name}: ${read.problem}`);
      return;
    }
    setProblem(undefined);
    keep(text);
  }

  return (
    <FieldShell
      id={fieldId(keyPath)}
      label="Service-account key (JSON)"
      tag="optional"
      error={problem ?? fieldState.error?.message}
      hint={`Needed only to read Workspace groups. It goes into Secret ${GOOGLE_AUTH_VOLUME.secretName}, mounted at ${GOOGLE_AUTH_VOLUME.mountPath}, never into values.yaml.`}
    >
      {(aria) => (
        <div className="secret-row">
          <input
            {...aria}
            ref={field.ref}
            type="file"
            accept=".json,application/json"
            onChange={onFile}
          />
          {reading && "summary" in reading ? (
            <>
              <span className="upload-status" role="status">
                Key of {reading.summary.clientEmail} (project {reading.summary.projectId})
              </span>
              <button
                type="button"
                className="button-small"
                onClick={() => {
                  setProblem(undefined);
                  keep("");
                }}
              >
                Remove the key
              </button>
            </>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
