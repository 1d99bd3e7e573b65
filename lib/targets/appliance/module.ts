import { applianceConfigSchema } from "@/lib/schemas/targets/appliance";
import type { TargetModule } from "@/lib/targets/target-module";

import { APPLIANCE_DOWNLOADS } from "./downloads";
import { applianceForm } from "./form";
import { installerManagedWarnings } from "./import-warnings";
import { readApplianceValues } from "./read-values";
import { applianceRenderer } from "./renderer";

/** The appliance's host values file: the installer's fields left out of what is written. */
export const applianceModule: TargetModule<"appliance"> = {
  ...applianceForm,
  ...applianceRenderer,
  schema: applianceConfigSchema,
  readValues: readApplianceValues,
  importWarnings: installerManagedWarnings,
  downloads: APPLIANCE_DOWNLOADS,
};
