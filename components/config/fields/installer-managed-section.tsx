"use client";

import { FormSection } from "../form-section";
import { useTargetShows } from "../target-context";
import { InstallerManagedRows } from "./installer-managed-rows";

/** The appliance's bundled components and registry, all of which its installer decides. */
export function InstallerManagedSection() {
  if (!useTargetShows("installerManaged")) return null;
  return (
    <FormSection
      id="components"
      title="Components and registry"
      description="The appliance runs its own Zot registry (NodePort 30003) and ingress, so the installer turns the chart's bundled ones off and generates what spokes pull from."
    >
      <InstallerManagedRows section="components" />
    </FormSection>
  );
}
