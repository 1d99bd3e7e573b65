import { z } from "zod";

import { gkeConfigSchema } from "./gke";

/** The configuration of any install target, told apart by `target`. */
export const targetConfigSchema = z.discriminatedUnion("target", [gkeConfigSchema]);

export type TargetConfig = z.infer<typeof targetConfigSchema>;
