"use client";

import { CHART_VERSIONS } from "@/lib/chart/constants";
import { TextField } from "@/components/ui/text-field";

import { FormSection } from "../form-section";
import { useTargetShows } from "../target-context";

/** The chart versions install.sh pins: the GKE guide's pair unless the admin picks others. */
export function InstallFields() {
  if (!useTargetShows("chartVersions")) return null;
  return (
    <FormSection
      id="install"
      title="Install"
      description="install.sh installs the mural-crds chart, then mural, at these versions. The GKE guide pins the default pair; pick the pair your release notes name."
    >
      <div className="field-pair">
        <TextField
          name="install.crdsVersion"
          label="mural-crds chart version"
          placeholder={CHART_VERSIONS.muralCrds}
        />
        <TextField
          name="install.muralVersion"
          label="mural chart version"
          placeholder={CHART_VERSIONS.mural}
        />
      </div>
    </FormSection>
  );
}
