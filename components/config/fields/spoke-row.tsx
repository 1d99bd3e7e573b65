"use client";

import { useWatch } from "react-hook-form";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";

import { ListItem } from "./list-fieldset";

export type SpokeRowProps = {
  index: number;
  canRemove: boolean;
  onRemove: () => void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
};

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
      <CheckboxField
        name={`${base}.forceInternalEndpointLookup`}
        label="Look up the hub's internal endpoint from the cluster-info ConfigMap"
        hint="Off in the GKE guide: the spoke agent uses the hub API server above."
      />
    </ListItem>
  );
}
