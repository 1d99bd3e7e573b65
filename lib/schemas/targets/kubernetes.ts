import type { z } from "zod";

import { ingressTargetConfigSchema } from "./ingress-target";

export const kubernetesConfigSchema = ingressTargetConfigSchema("kubernetes");

export type KubernetesConfig = z.infer<typeof kubernetesConfigSchema>;
