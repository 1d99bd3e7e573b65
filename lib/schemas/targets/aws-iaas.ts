import type { z } from "zod";

import { ingressTargetConfigSchema } from "./ingress-target";

export const awsIaasConfigSchema = ingressTargetConfigSchema("aws-iaas");

export type AwsIaasConfig = z.infer<typeof awsIaasConfigSchema>;
