"use client";

import { useState } from "react";

import { readKubeconfigContext, readKubeconfigFile } from "@/lib/kubeconfig/read";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/untrusted-limits";
import { TextFileField, type TextFileReading } from "@/components/ui/text-file-field";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

import { SpokeContextField } from "./spoke-context-field";

/**
 * The spoke's kubeconfig for the Secret in secrets.yaml. A file Easel can keep is never refused
 * for its context: a context it lacks is said at the context menu, which follows the file.
 */
function SpokeKubeconfigFile({
  base,
  onChosen,
}: {
  base: `fleet.spokes.${number}`;
  onChosen: (fileName?: string) => void;
}) {
  const context = useConfigWatch(`${base}.kubeconfig.context`);
  const { getFieldState, trigger } = useConfigForm();
  const read = (text: string): TextFileReading => {
    const reading = readKubeconfigFile(text);
    if ("problem" in reading) return reading;
    const checked = readKubeconfigContext(reading.file, context);
    if ("problem" in checked) return { summary: `contexts ${reading.file.contexts.join(", ")}` };
    const { summary } = checked;
    return {
      summary: `Context ${summary.context}: ${summary.server} as ${summary.user}`,
      warning: summary.execCommand
        ? `Its credentials come from running ${summary.execCommand}, which the hub's controllers cannot do: use a token or certificate kubeconfig.`
        : undefined,
    };
  };
  const onChange = (_text: string, fileName?: string) => {
    onChosen(fileName);
    // The context's error was about the file before this one.
    const contextPath = `${base}.kubeconfig.context` as const;
    if (getFieldState(contextPath).error) void trigger(contextPath);
  };
  return (
    <TextFileField
      name={`${base}.kubeconfigFile`}
      label="Kubeconfig file"
      tag="optional"
      accept=".yaml,.yml,.kubeconfig,.conf,text/yaml,text/plain"
      maxBytes={UNTRUSTED_YAML_MAX_BYTES}
      hint="Upload it and secrets.yaml holds the Secret; without it, create the Secret yourself as the guide shows."
      read={read}
      onChange={onChange}
    />
  );
}

/** A dedicated spoke's kubeconfig file and the context the hub uses from it. */
export function SpokeKubeconfig({ base }: { base: `fleet.spokes.${number}` }) {
  // Shared by the file and the context menu, which name the file in what they say.
  const [fileName, setFileName] = useState<string>();
  return (
    <>
      <SpokeKubeconfigFile base={base} onChosen={setFileName} />
      <SpokeContextField base={base} fileName={fileName} />
    </>
  );
}
