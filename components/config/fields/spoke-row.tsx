"use client";

import dynamic from "next/dynamic";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { holdsDerived } from "@/components/ui/shown-tag";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";

import { useTargetForm } from "../target-context";
import { ListItem } from "./list-fieldset";
import { SpokeKindField } from "./spoke-kind-field";

/** The kubeconfig reader (YAML) loads with the first dedicated spoke: the hub as a spoke has none. */
const SpokeKubeconfig = dynamic(
  () => import("./spoke-kubeconfig").then((loaded) => loaded.SpokeKubeconfig),
  { ssr: false, loading: () => <p className="loading">Loading the kubeconfig fields…</p> },
);

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
  const { spokePermissions } = useTargetForm().copy;
  return (
    <ListItem
      base={base}
      legend={`Spoke ${index + 1}`}
      itemName={`spoke ${index + 1}`}
      onRemove={onRemove}
      canRemove={canRemove}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
      summary={`${name || "(no name)"}: ${isHub ? "this hub as a spoke" : "a dedicated cluster"}`}
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
      {isHub ? null : <SpokeKubeconfig base={base} />}
      <CheckboxField
        name={`${base}.forceInternalEndpointLookup`}
        label="Look up the hub's internal endpoint from the cluster-info ConfigMap"
        hint="Off in the GKE guide: the spoke agent uses the hub API server above."
      />
    </ListItem>
  );
}
