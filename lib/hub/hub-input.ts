import { z } from "zod";

import { targetConfigSchema } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/untrusted-limits";

import { objectRefSchema } from "./object-ref";

const TARGET_ID_TUPLE = TARGET_IDS as [TargetId, ...TargetId[]];

/**
 * The imported values file a configuration's values.yaml is written into. Its text is read again
 * on the server with the same limits as an upload; it only ever becomes the values Secret's data.
 */
export const importedValuesInputSchema = z.object({
  text: z.string().max(UNTRUSTED_YAML_MAX_BYTES),
  baseline: z.record(z.string(), z.unknown()),
  alignments: z
    .array(
      z.object({
        path: z.array(z.union([z.string(), z.number().int().nonnegative()])).max(64),
        indexes: z.array(z.number().int().nonnegative()).max(10_000),
        length: z.number().int().nonnegative().max(10_000),
      }),
    )
    .max(1_000),
});

export type ImportedValuesInput = z.infer<typeof importedValuesInputSchema>;

/** What a dry run is asked with: the configuration (validated again on the server). */
export const hubPlanInputSchema = z.object({
  config: targetConfigSchema,
  imported: importedValuesInputSchema.optional(),
});

export type HubPlanInput = z.infer<typeof hubPlanInputSchema>;

/** As many objects as a plan may name: far more than any configuration makes. */
const MAX_REFS = 500;

/** One object as the reviewed plan saw it: its version, or null when it did not exist. */
export const plannedObjectSchema = z.object({
  ref: objectRefSchema,
  resourceVersion: z
    .string()
    .max(64)
    .regex(/^[\x21-\x7e]+$/, "A resource version is printable characters.")
    .nullable(),
});

export type PlannedObject = z.infer<typeof plannedObjectSchema>;

/** What an apply is asked with: the configuration, and the plan the admin reviewed. */
export const hubApplyInputSchema = hubPlanInputSchema.extend({
  /** Every object of the reviewed plan as it saw it: apply refuses if the hub changed since. */
  planned: z.array(plannedObjectSchema).max(MAX_REFS),
  /** Objects not made by Easel the admin chose to adopt: replaced and managed by Easel from now. */
  adopt: z.array(objectRefSchema).max(MAX_REFS).default([]),
  /** Objects whose fields other managers own that the admin chose to take over (force). */
  takeOver: z.array(objectRefSchema).max(MAX_REFS).default([]),
  /**
   * Apply only: the cluster (its context, as preflight names it) the admin confirmed replacing
   * live secrets on. Without the right name, an apply that would replace them is refused.
   */
  confirmReplacingSecretsOn: z.string().max(2048).optional(),
});

export type HubApplyInput = z.input<typeof hubApplyInputSchema>;

/** What preflight is asked with: no configuration, so no secret leaves the browser for it. */
export const hubPreflightInputSchema = z.object({
  target: z.enum(TARGET_ID_TUPLE),
  refs: z.array(objectRefSchema).max(MAX_REFS),
});

export type HubPreflightInput = z.infer<typeof hubPreflightInputSchema>;
