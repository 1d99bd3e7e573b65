import { applianceModule } from "./appliance/module";
import { awsIaasModule } from "./aws-iaas/module";
import type { TargetId } from "./catalog";
import { eksModule } from "./eks/module";
import { gkeModule } from "./gke/module";
import { kubernetesModule } from "./kubernetes/module";
import type { TargetModule } from "./target-module";

/** Every target's module, by id. */
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
