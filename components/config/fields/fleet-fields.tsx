"use client";

import { useFieldArray } from "react-hook-form";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { newHubAsSpoke, newSpoke } from "@/lib/schemas/sections/fleet-model";
import { INFERRED_SPOKE_SECRET_NAMESPACE } from "@/lib/schemas/sections/install-model";
import { TextField } from "@/components/ui/text-field";
import { useFreeName } from "@/components/hooks/use-free-name";

import { FormSection } from "../form-section";
import { useTargetForm } from "../target-context";
import { InstallerManagedRows } from "./installer-managed-rows";
import { ListFieldset } from "./list-fieldset";
import { SpokeRow } from "./spoke-row";
import { useHubAsSpokeIndex } from "./use-hub-as-spoke-index";

/** `fleetConfig`: where spokes find the hub, and the spoke clusters that run workloads. */
export function FleetFields() {
  const { fields, append, remove, move } = useFieldArray({ name: "fleet.spokes" });
  const freeName = useFreeName("fleet.spokes", (spoke) => spoke.name);
  const { spokeKinds } = useTargetForm().copy;
  const hubIndex = useHubAsSpokeIndex();
  const addSpoke = () => append(newSpoke(freeName("spoke-"), "dedicated"));
  return (
    <FormSection
      id="fleet"
      title="Fleet"
      description={`Open Cluster Management registers spoke clusters with the hub. By default the hub is its own spoke (${HUB_AS_SPOKE_NAME}); each spoke says which kind it is.`}
    >
      <InstallerManagedRows section="fleet" />
      <TextField
        name="install.spokeSecretNamespace"
        label="Namespace of the spokes' kubeconfig Secrets"
        tag="inferred"
        hint={`The guide leaves it open (<SPOKE_NAMESPACE>); Easel infers ${INFERRED_SPOKE_SECRET_NAMESPACE}, where the chart creates the FleetConfig that reads them.`}
      />
      <ListFieldset
        name="fleet.spokes"
        legend="Spokes"
        addLabel="Add dedicated spoke"
        onAdd={addSpoke}
        description={spokeKinds}
        otherAdd={
          hubIndex === undefined ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => append(newHubAsSpoke())}
            >
              Add this hub as a spoke
            </button>
          ) : null
        }
      >
        {fields.map((field, index) => (
          <SpokeRow
            key={field.id}
            index={index}
            hubElsewhere={hubIndex === index ? undefined : hubIndex}
            canRemove={fields.length > 1}
            onRemove={() => remove(index)}
            onMoveUp={index > 0 ? () => move(index, index - 1) : undefined}
            onMoveDown={index < fields.length - 1 ? () => move(index, index + 1) : undefined}
          />
        ))}
      </ListFieldset>
    </FormSection>
  );
}
