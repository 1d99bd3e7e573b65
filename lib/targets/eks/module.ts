import { ingressTargetModule } from "@/lib/targets/ingress-target/module";

import { eksForm } from "./form";

/** EKS's form, with the schema, values and import every target without a guide shares. */
export const eksModule = ingressTargetModule(eksForm);
