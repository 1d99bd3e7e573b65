"use client";

import { effectiveEmail } from "@/lib/schemas/sections/identity-model";
import { IMPERSONATION_GROUPS_MODES } from "@/lib/schemas/sections/impersonation-model";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

import { MapEntries } from "./map-entries";

const GROUPS_MODE_LABELS: Record<(typeof IMPERSONATION_GROUPS_MODES)[number], string> = {
  map: "map: groups come from the mappings below (local Dex users have no groups of their own)",
  passthrough: "passthrough: forward the groups claim of the identity provider's token",
};

/** `canvas.impersonationProxy`, for hubs whose API server does not trust Dex. */
export function ImpersonationFields() {
  const isEnabled = useConfigWatch("canvas.impersonation.enabled");
  const { getValues } = useConfigForm();
  // Read when adding, not watched: a watch would re-render this on every local-user keystroke.
  const firstUserEmail = () => {
    const firstUser = getValues("identity.localUsers")[0];
    return firstUser ? effectiveEmail(firstUser, getValues("global.domain")) : "";
  };
  return (
    <fieldset className="subsection">
      <legend>User impersonation</legend>
      <CheckboxField
        name="canvas.impersonation.enabled"
        label="Enable user impersonation"
        hint="Needed when the hub's API server does not trust Dex as an OIDC provider (usual on GKE). Trusting Dex and impersonation exclude each other."
      />
      {isEnabled ? (
        <>
          <SelectField
            name="canvas.impersonation.userMode"
            label="User mode"
            options={[
              { value: "passthrough", label: "passthrough: impersonate the signed-in user as is" },
            ]}
            hint="passthrough is the only user mode the docs show."
          />
          <SelectField
            name="canvas.impersonation.groupsMode"
            label="Groups mode"
            options={IMPERSONATION_GROUPS_MODES.map((value) => ({
              value,
              label: GROUPS_MODE_LABELS[value],
            }))}
          />
          <MapEntries
            name="canvas.impersonation.dexGroupMap"
            legend="Local user groups (dexGroupMap)"
            entryName="local user mapping"
            keyLabel="Local user email"
            valueLabel="Kubernetes groups"
            valueHint="Comma-separated, such as admin, sre."
            newEntry={() => ({ key: firstUserEmail(), value: "admin" })}
          />
          <MapEntries
            name="canvas.impersonation.groupMap"
            legend="Group mappings (groupMap)"
            entryName="group mapping"
            keyLabel="Identity provider group"
            valueLabel="Kubernetes group"
            valueHint="Inferred: one group name per entry; the docs do not show this map's values. Check your chart."
            newEntry={() => ({ key: "", value: "" })}
          />
          <MapEntries
            name="canvas.impersonation.userMap"
            legend="User mappings (userMap)"
            entryName="user mapping"
            keyLabel="Identity provider user"
            valueLabel="Kubernetes user"
            valueHint="Inferred: one user name per entry; the docs do not show this map's values. Check your chart."
            newEntry={() => ({ key: "", value: "" })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
