"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";

import { FormSection } from "../form-section";

/** `fleetConfig`: where spokes find the hub, and the hub registering itself as a spoke. */
export function FleetFields() {
  return (
    <FormSection
      id="fleet"
      title="Fleet"
      description="Open Cluster Management registers spoke clusters with the hub. This install uses the hub itself as its spoke (hub-as-spoke)."
    >
      <TextField
        name="fleet.hubApiServer"
        label="Hub API server"
        placeholder="https://34.118.0.10"
        inputMode="url"
        hint="The server URL in the hub's kubeconfig, for example from: gcloud container clusters describe <cluster> --format='value(endpoint)'."
      />
      <CheckboxField
        name="fleet.hubAsSpoke.forceInternalEndpointLookup"
        label="Look up the hub's internal endpoint from the cluster-info ConfigMap"
        hint="Off in the GKE guide: the spoke agent uses the public API server endpoint above."
      />
    </FormSection>
  );
}
