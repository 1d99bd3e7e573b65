"use client";

import { useMemo } from "react";

import { contextChoices } from "@/lib/kubeconfig/context-choices";
import {
  readKubeconfigContext,
  readKubeconfigFile,
  type KubeconfigFile,
} from "@/lib/kubeconfig/read";
import { fieldId } from "@/components/ui/field-id";
import { FieldShell } from "@/components/ui/field-shell";
import { TextField } from "@/components/ui/text-field";
import { useFieldController } from "@/components/ui/use-field-controller";
import { useConfigWatch } from "@/components/hooks/config-form";

type SpokeBase = `fleet.spokes.${number}`;

const LABEL = "Kubeconfig context";

/** What the chart does with the value, from the GKE guide's `kubeconfig.context` comment. */
const WHAT_IT_DOES =
  "The hub uses this context's cluster and user (the chart's kubeconfig.context); the Secret holds the whole file.";

/**
 * The spoke's `kubeconfig.context`: a menu of the kept kubeconfig's contexts, or, with no file
 * read, the name typed (the Secret is then made by hand, so Easel cannot know its contexts).
 */
export function SpokeContextField({ base, fileName }: { base: SpokeBase; fileName?: string }) {
  const text = useConfigWatch(`${base}.kubeconfigFile`);
  // Parsed once per file, not on every render of the spoke's row (a form re-renders as you type).
  const reading = useMemo(() => (text === "" ? undefined : readKubeconfigFile(text)), [text]);
  if (!reading || "problem" in reading) {
    return (
      <TextField
        name={`${base}.kubeconfig.context`}
        label={LABEL}
        tag="optional"
        hint={`No kubeconfig file chosen, so Easel cannot list its contexts: type one, or leave it empty for the file's current context. ${WHAT_IT_DOES}`}
      />
    );
  }
  return <ContextMenu base={base} file={reading.file} fileName={fileName} />;
}

function ContextMenu({
  base,
  file,
  fileName = "the kubeconfig file",
}: {
  base: SpokeBase;
  file: KubeconfigFile;
  fileName?: string;
}) {
  const name = `${base}.kubeconfig.context` as const;
  const { field, fieldState } = useFieldController(name);
  const chosen = field.value;
  const reading = readKubeconfigContext(file, chosen, fileName);
  const current = file.currentContext
    ? ` The current one is written as '', the guide's default.`
    : "";
  // Said as soon as the file is read: the menu holds a value the file cannot serve.
  const problem = "problem" in reading ? reading.problem : fieldState.error?.message;
  return (
    <FieldShell id={fieldId(name)} label={LABEL} hint={`${WHAT_IT_DOES}${current}`} error={problem}>
      {(aria) => (
        <select
          {...aria}
          ref={field.ref}
          name={field.name}
          value={chosen}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          className="input"
        >
          {contextChoices(file, chosen).map((choice) => (
            <option key={`${choice.value}:${choice.label}`} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
