import { z } from "zod";

import { applianceConfigSchema } from "./appliance";
import { awsIaasConfigSchema } from "./aws-iaas";
import { eksConfigSchema } from "./eks";
import { gkeConfigSchema } from "./gke";
import { kubernetesConfigSchema } from "./kubernetes";

/** The configuration of any install target, told apart by `target`. */
export const targetConfigSchema = z.discriminatedUnion("target", [
  gkeConfigSchema,
  eksConfigSchema,
  awsIaasConfigSchema,
  kubernetesConfigSchema,
  applianceConfigSchema,
]);

export type TargetConfig = z.infer<typeof targetConfigSchema>;

/** The configuration of one target. */
export type ConfigOf<T extends TargetConfig["target"]> = Extract<TargetConfig, { target: T }>;

/** The configuration of a target whose ingress is the admin's choice (`ingressTargetConfigSchema`). */
export type IngressTargetConfig = Extract<TargetConfig, { ingress: unknown }>;
