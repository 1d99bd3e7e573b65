"use client";

import { useWatch } from "react-hook-form";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/parse-untrusted";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { holdsDerived } from "@/components/ui/shown-tag";
import { TextField } from "@/components/ui/text-field";
import { TextFileField, type TextFileReading } from "@/components/ui/text-file-field";

import { ListItem } from "./list-fieldset";

export type SpokeRowProps = {
  index: number;
  canRemove: boolean;
  onRemove: () => void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
};

/** The spoke's kubeconfig, checked as the hub will use it, for the Secret in secrets.yaml. */
function SpokeKubeconfigFile({ base }: { base: `fleet.spokes.${number}` }) {
  const context = useWatch({ name: `${base}.kubeconfig.context` }) as string;
  const read = (text: string): TextFileReading => {
    const reading = readKubeconfig(text, context);
    if ("problem" in reading) return reading;
    const { summary } = reading;
    return {
      summary: `Context ${summary.context}: ${summary.server} as ${summary.user}`,
      warning: summary.execCommand
        ? `Its credentials come from running ${summary.execCommand}, which the hub's controllers cannot do: use a token or certificate kubeconfig.`
        : undefined,
    };
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
    />
  );
}

/** One spoke: the hub itself (in-cluster), or a dedicated cluster whose kubeconfig is in a Secret. */
export function SpokeRow({ index, canRemove, onRemove, onMoveUp, onMoveDown }: SpokeRowProps) {
  const base = `fleet.spokes.${index}` as const;
  const name = useWatch({ name: `${base}.name` }) as string;
  const isHub = name === HUB_AS_SPOKE_NAME;
  return (
    <ListItem
      legend={`Spoke ${index + 1}`}
      itemName={`spoke ${index + 1}`}
      onRemove={onRemove}
      canRemove={canRemove}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
    >
      <TextField
        name={`${base}.name`}
        label="Spoke name"
        hint={
          isHub
            ? "hub-as-spoke: the hub runs workloads itself and reads its kubeconfig in-cluster. Keep this name for that pattern."
            : "A dedicated spoke cluster. Its kubeconfig must be in a Secret on the hub; the spoke needs the extra ClusterRoles from the spoke setup guide."
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
          <TextField
            name={`${base}.kubeconfig.context`}
            label="Kubeconfig context"
            tag="optional"
            hint="Leave empty to use the kubeconfig's current context."
          />
        </div>
      )}
      {isHub ? null : <SpokeKubeconfigFile base={base} />}
      <CheckboxField
        name={`${base}.forceInternalEndpointLookup`}
        label="Look up the hub's internal endpoint from the cluster-info ConfigMap"
        hint="Off in the GKE guide: the spoke agent uses the hub API server above."
      />
    </ListItem>
  );
}
