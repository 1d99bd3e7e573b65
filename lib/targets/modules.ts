import type { TargetConfig } from "@/lib/schemas/targets";

import { applianceModule } from "./appliance/module";
import { awsIaasModule } from "./aws-iaas/module";
import type { TargetId } from "./catalog";
import { eksModule } from "./eks/module";
import { gkeModule } from "./gke/module";
import { kubernetesModule } from "./kubernetes/module";
import type { TargetModule } from "./target-module";

/** True when the schemas' union (`lib/schemas/targets`) and the catalog name the same targets. */
type SchemasMatchCatalog = [TargetConfig["target"]] extends [TargetId]
  ? [TargetId] extends [TargetConfig["target"]]
    ? true
    : false
  : false;

type IsTrue<T extends true> = T;
// A target in the catalog without a schema in the union, or the other way round, fails here.
type _SchemasMatchCatalog = IsTrue<SchemasMatchCatalog>;

/** Every target's module, by id: a catalog entry without a module fails the type check. */
export const TARGET_MODULES: { [T in TargetId]: TargetModule<T> } = {
  gke: gkeModule,
  eks: eksModule,
  "aws-iaas": awsIaasModule,
  kubernetes: kubernetesModule,
  appliance: applianceModule,
};

/** The module of `id`, typed for code that handles any target. */
export function targetModule(id: TargetId): TargetModule {
  return TARGET_MODULES[id] as TargetModule;
}
