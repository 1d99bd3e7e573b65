import type { z } from "zod";

import { ingressTargetConfigSchema } from "./ingress-target";

export const eksConfigSchema = ingressTargetConfigSchema("eks");

export type EksConfig = z.infer<typeof eksConfigSchema>;
