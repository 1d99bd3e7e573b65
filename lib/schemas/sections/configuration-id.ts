import { z } from "zod";

/**
 * Which configuration this is: a random UUID made with the form's defaults, kept with the draft
 * and the profile, and stamped on the hub's values Secret, so Easel can tell when a hub holds
 * another configuration's values. It is not a secret and never reaches values.yaml.
 */
export const configurationIdSchema = z.uuid({
  error: "The configuration id must be a UUID, as Easel makes them: leave it out to get a new one.",
});

export type ConfigurationId = z.infer<typeof configurationIdSchema>;

/** Whether `value` is a configuration id Easel would accept (a hub's annotation, a draft's key). */
export function isConfigurationId(value: unknown): value is ConfigurationId {
  return configurationIdSchema.safeParse(value).success;
}
