import { APPLIANCE_SPOKE_KINDS } from "@/lib/targets/spoke-kinds";
import { APPLIANCE_SPOKE_PERMISSIONS } from "@/lib/targets/spoke-permissions";
import type { TargetForm } from "@/lib/targets/target-module";

import { createApplianceDefaults } from "./defaults";
import { APPLIANCE_VALUES_PATH } from "./host-file";

/**
 * The PaletteAI appliance: the admin edits the host values file, and the installer overrides the
 * fields of the appliance guide's table on every run, so those are shown but never written.
 */
export const applianceForm: TargetForm<"appliance"> = {
  id: "appliance",
  createDefaults: createApplianceDefaults,
  // The appliance's installer installs the charts, with the host file merged in.
  installsCharts: false,
  fieldGroups: new Set(["rootDomain", "staticUsersToggle", "installerManaged"]),
  copy: {
    formLabel: "Appliance configuration",
    lead: `Customise the appliance's ${APPLIANCE_VALUES_PATH}. Fields the installer manages are shown read-only, with the value it sets.`,
    canvas: "The PaletteAI UI. The installer manages its ingress and OIDC redirect URL.",
    spokePermissions: APPLIANCE_SPOKE_PERMISSIONS,
    spokeKinds: APPLIANCE_SPOKE_KINDS,
  },
};
