"use client";

import { useState } from "react";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { readKubeconfigContext, readKubeconfigFile } from "@/lib/kubeconfig/read";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/parse-untrusted";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { holdsDerived } from "@/components/ui/shown-tag";
import { TextField } from "@/components/ui/text-field";
import { TextFileField, type TextFileReading } from "@/components/ui/text-file-field";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

import { useTargetModule } from "../target-context";
import { ListItem } from "./list-fieldset";
import { SpokeContextField } from "./spoke-context-field";
import { SpokeKindField } from "./spoke-kind-field";

export type SpokeRowProps = {
  index: number;
  /** The index of another spoke that is this hub as a spoke, if one is. */
  hubElsewhere?: number;
  canRemove: boolean;
  onRemove: () => void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
};

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

/**
 * One spoke, of the kind chosen for it: this hub (in-cluster, named hub-as-spoke), or a dedicated
 * cluster whose kubeconfig is in a Secret. A dedicated spoke keeps its kubeconfig fields whatever
 * it is named.
 */
export function SpokeRow({
  index,
  hubElsewhere,
  canRemove,
  onRemove,
  onMoveUp,
  onMoveDown,
}: SpokeRowProps) {
  const base = `fleet.spokes.${index}` as const;
  const [kind, name] = useConfigWatch([`${base}.kind`, `${base}.name`]);
  const isHub = kind === "hub-as-spoke";
  const { spokePermissions } = useTargetModule().copy;
  // Shared by the file and the context menu, which name the file in what they say.
  const [fileName, setFileName] = useState<string>();
  return (
    <ListItem
      legend={`Spoke ${index + 1}`}
      itemName={`spoke ${index + 1}`}
      onRemove={onRemove}
      canRemove={canRemove}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
    >
      <SpokeKindField base={base} hubElsewhere={hubElsewhere} />
      <TextField
        name={`${base}.name`}
        label="Spoke name"
        readOnly={isHub}
        hint={
          isHub
            ? `Easel keeps this name: the GKE guide says "do not edit this name if you are using the default ${HUB_AS_SPOKE_NAME} mode".`
            : `A dedicated spoke cluster. Its kubeconfig must be in a Secret on the hub. ${spokePermissions}`
        }
      />
      {isHub ? null : (
        <div className="field-pair">
          <TextField
            name={`${base}.kubeconfig.secretName`}
            label="Kubeconfig Secret"
            tag="derived"
            isTagShown={holdsDerived(`spoke-kubeconfig-${name}`)}
            placeholder={`spoke-kubeconfig-${name || "<name>"}`}
            hint={`Leave empty for spoke-kubeconfig-${name || "<name>"}.`}
          />
          <TextField name={`${base}.kubeconfig.secretKey`} label="Key in the Secret" />
        </div>
      )}
      {isHub ? null : (
        <>
          <SpokeKubeconfigFile base={base} onChosen={setFileName} />
          <SpokeContextField base={base} fileName={fileName} />
        </>
      )}
      <CheckboxField
        name={`${base}.forceInternalEndpointLookup`}
        label="Look up the hub's internal endpoint from the cluster-info ConfigMap"
        hint="Off in the GKE guide: the spoke agent uses the hub API server above."
      />
    </ListItem>
  );
}
