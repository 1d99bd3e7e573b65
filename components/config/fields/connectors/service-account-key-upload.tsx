"use client";

import { GOOGLE_AUTH_VOLUME } from "@/lib/chart/constants";
import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import {
  readServiceAccountKey,
  SERVICE_ACCOUNT_KEY_MAX_BYTES,
} from "@/lib/dex/google-service-account";
import { TextFileField } from "@/components/ui/text-file-field";
import { useConfigForm } from "@/components/hooks/config-form";

export type ServiceAccountKeyUploadProps = { base: `identity.connectors.${number}` };

/**
 * The Google service-account key that lets Dex read Workspace groups. Only a file that reads as
 * such a key is kept (in memory, for its Secret); keeping it points the connector at the mount.
 */
export function ServiceAccountKeyUpload({ base }: ServiceAccountKeyUploadProps) {
  const { setValue, trigger } = useConfigForm();
  return (
    <TextFileField
      name={`${base}.serviceAccountKey`}
      label="Service-account key (JSON)"
      tag="optional"
      accept=".json,application/json"
      maxBytes={SERVICE_ACCOUNT_KEY_MAX_BYTES}
      hint={`Needed only to read Workspace groups. It goes into Secret ${GOOGLE_AUTH_VOLUME.secretName}, mounted at ${GOOGLE_AUTH_VOLUME.mountPath}, never into values.yaml.`}
      read={(text) => {
        const reading = readServiceAccountKey(text);
        if ("problem" in reading) return reading;
        const { clientEmail, projectId } = reading.summary;
        return { summary: `Key of ${clientEmail} (project ${projectId})` };
      }}
      onChange={(text) => {
        const path = text === "" ? "" : GOOGLE_SERVICE_ACCOUNT_PATH;
        setValue(`${base}.config.serviceAccountFilePath`, path, { shouldDirty: true });
        void trigger(`${base}.config`);
      }}
    />
  );
}
