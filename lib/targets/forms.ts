import { applianceForm } from "./appliance/form";
import { awsIaasForm } from "./aws-iaas/form";
import type { TargetId } from "./catalog";
import { eksForm } from "./eks/form";
import { gkeForm } from "./gke/form";
import { kubernetesForm } from "./kubernetes/form";
import type { TargetForm } from "./target-module";

/** Every target's form, by id: what a target's page shows before anything else has loaded. */
const TARGET_FORMS: { [T in TargetId]: TargetForm<T> } = {
  gke: gkeForm,
  eks: eksForm,
  "aws-iaas": awsIaasForm,
  kubernetes: kubernetesForm,
  appliance: applianceForm,
};

/** The form of `id`, typed for code that handles any target. */
export function targetForm(id: TargetId): TargetForm {
  return TARGET_FORMS[id] as TargetForm;
}
