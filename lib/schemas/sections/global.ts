import { z } from "zod";

import { METRICS_AGENT_TYPES } from "@/lib/chart/constants";
import {
  basicAuthUsernameSchema,
  domainSchema,
  durationSchema,
  optionalBaseUrlSchema,
  optionalBasicAuthUsernameSchema,
  optionalPasswordSchema,
  secretSchema,
} from "@/lib/schemas/fields";

export const PROMETHEUS_URL_RULE = {
  schemes: ["http", "https"],
  example: "https://prometheus.example.org:30090",
} as const;

/** What the spoke agents collect and how often: the metrics settings every target leaves open. */
export const metricsAgentSchema = z.object({
  timeout: durationSchema,
  scrapeInterval: durationSchema,
  agentType: z.enum(METRICS_AGENT_TYPES, { message: "Choose an agent type." }),
});

export const metricsSchema = metricsAgentSchema
  .extend({
    /** Empty means the URL Easel derives from the domain. */
    prometheusBaseUrl: optionalBaseUrlSchema(PROMETHEUS_URL_RULE),
    username: optionalBasicAuthUsernameSchema,
    password: optionalPasswordSchema,
  })
  .superRefine((metrics, ctx) => {
    if (metrics.username === "" && metrics.password !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["username"],
        message: "Enter the user name that goes with this password.",
      });
    }
    if (metrics.username !== "" && metrics.password === "") {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "Enter the password for this user, or clear the user name.",
      });
    }
  });

export const globalSectionSchema = z.object({
  domain: domainSchema,
  auditLogging: z.object({
    username: basicAuthUsernameSchema,
    password: secretSchema(16),
  }),
  metrics: metricsSchema,
});

export type GlobalSection = z.infer<typeof globalSectionSchema>;
