"use client";

import { CHART_REPOSITORY, CHART_VERSIONS } from "@/lib/chart/constants";
import { HELM_TIMEOUT_MINUTES } from "@/lib/schemas/sections/install-model";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { NumberField } from "@/components/ui/number-field";
import { TextField } from "@/components/ui/text-field";

import { FormSection } from "../form-section";
import { useTargetShows } from "../target-context";
import { DefaultsGroup, type DefaultField } from "./defaults-group";

const INSTALL_DEFAULT_FIELDS = [
  {
    name: "install.chartRegistry",
    label: "registry",
    shown: (value: unknown) => (value ? String(value) : CHART_REPOSITORY),
  },
  { name: "install.chartPlainHttp", label: "plain HTTP" },
  {
    name: "install.crdsVersion",
    label: "mural-crds",
    shown: (value: unknown) => (value ? String(value) : CHART_VERSIONS.muralCrds),
  },
  {
    name: "install.muralVersion",
    label: "mural",
    shown: (value: unknown) => (value ? String(value) : CHART_VERSIONS.mural),
  },
  { name: "install.helmTimeoutMinutes", label: "Helm timeout (minutes)" },
] as const satisfies readonly DefaultField[];

/**
 * Where the charts come from, the versions install.sh pins (the GKE guide's pair unless the admin
 * picks others) and how long Helm waits. Registry credentials are not here: they are never stored.
 */
export function InstallFields() {
  if (!useTargetShows("chartVersions")) return null;
  return (
    <FormSection
      id="install"
      title="Install"
      description="install.sh installs the mural-crds chart, then mural, at these versions, from the chart registry. The GKE guide pins the default pair; pick the pair your release notes name."
    >
      <DefaultsGroup title="Chart source, versions and timeout" fields={INSTALL_DEFAULT_FIELDS}>
        <TextField
          name="install.chartRegistry"
          label="Chart registry"
          placeholder={CHART_REPOSITORY}
          inputMode="url"
          hint={`Both charts are pulled from <registry>/mural-crds and <registry>/mural. Keep the guide's ${CHART_REPOSITORY} unless the hub cannot reach it: an air-gapped site names its own mirror of the charts, such as oci://registry.example.org:5000/mural. A registry that needs a login gets its credentials in the hub panel; they are never stored, so leave them out of the address.`}
        />
        <CheckboxField
          name="install.chartPlainHttp"
          label="Plain HTTP"
          hint="Only for a mirror without TLS: Helm pulls with --plain-http and Flux with insecure: true. Anyone on the network path can read or replace the charts."
        />
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
        <NumberField
          name="install.helmTimeoutMinutes"
          label="Helm timeout (minutes)"
          min={HELM_TIMEOUT_MINUTES.min}
          max={HELM_TIMEOUT_MINUTES.max}
          hint={`How long Helm waits for each release to be ready before it calls the install failed (and Easel rolls it back); install.sh passes the same --timeout. The default, ${HELM_TIMEOUT_MINUTES.default}, covers a first install pulling its images from the internet; raise it for a slow mirror or a large hub.`}
        />
      </DefaultsGroup>
    </FormSection>
  );
}
