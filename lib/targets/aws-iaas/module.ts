import { ingressTargetModule } from "@/lib/targets/ingress-target/module";

import { awsIaasForm } from "./form";

/** AWS IaaS's form, with the schema, values and import every target without a guide shares. */
export const awsIaasModule = ingressTargetModule(awsIaasForm);
