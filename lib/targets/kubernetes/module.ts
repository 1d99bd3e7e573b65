import { ingressTargetModule } from "@/lib/targets/ingress-target/module";

import { kubernetesForm } from "./form";

/** self-managed Kubernetes's form, with the schema, values and import every target without a guide shares. */
export const kubernetesModule = ingressTargetModule(kubernetesForm);
