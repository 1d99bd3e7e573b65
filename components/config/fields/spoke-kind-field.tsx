"use client";

import { useRef } from "react";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import type { SpokeKind } from "@/lib/schemas/sections/fleet-model";
import { RadioGroupField, type RadioOption } from "@/components/ui/radio-group-field";
import { useConfigForm } from "@/components/hooks/config-form";
import { useFreeName } from "@/components/hooks/use-free-name";

type SpokeBase = `fleet.spokes.${number}`;

function kindOptions(hubElsewhere: number | undefined): RadioOption[] {
  return [
    {
      value: "hub-as-spoke" satisfies SpokeKind,
      label: "This hub as a spoke",
      description:
        hubElsewhere === undefined
          ? `Named ${HUB_AS_SPOKE_NAME}; the hub reads its own kubeconfig in-cluster (kubeconfig.inCluster: true).`
          : `Spoke ${hubElsewhere + 1} is this hub as a spoke already; the hub is listed once.`,
      disabled: hubElsewhere !== undefined,
    },
    {
      value: "dedicated" satisfies SpokeKind,
      label: "A dedicated cluster",
      description: "Named as you choose; the hub reads its kubeconfig from a Secret.",
    },
  ];
}

/**
 * The spoke's kind, chosen: its name follows the choice, never the other way round. This hub as a
 * spoke is named hub-as-spoke (the guides' "do not edit this name"); back to a dedicated cluster,
 * the spoke gets the name it had before, or a free one. Its kubeconfig settings stay while hidden.
 */
export function SpokeKindField({
  base,
  hubElsewhere,
}: {
  base: SpokeBase;
  /** The index of another spoke that is this hub as a spoke, if one is. */
  hubElsewhere?: number;
}) {
  const { getValues, setValue } = useConfigForm();
  const freeName = useFreeName("fleet.spokes", (spoke) => spoke.name);
  // The dedicated cluster's name while the spoke is the hub, so choosing back restores it.
  const dedicatedName = useRef<string>(undefined);
  const onChosen = (kind: string) => {
    const name = getValues(`${base}.name`);
    if (kind === "hub-as-spoke") {
      dedicatedName.current = name;
      setValue(`${base}.name`, HUB_AS_SPOKE_NAME, { shouldDirty: true, shouldValidate: true });
      return;
    }
    const before = dedicatedName.current;
    const restored = before && before !== HUB_AS_SPOKE_NAME ? before : freeName("spoke-");
    setValue(`${base}.name`, restored, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <RadioGroupField
      name={`${base}.kind`}
      legend="Kind of spoke"
      options={kindOptions(hubElsewhere)}
      onChosen={onChosen}
    />
  );
}
