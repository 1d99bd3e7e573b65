import { z } from "zod";

import { optionalGcpResourceNameSchema } from "@/lib/schemas/fields";
import { canvasSectionSchema } from "@/lib/schemas/sections/canvas";
import { configurationIdSchema } from "@/lib/schemas/sections/configuration-id";
import { fleetSectionSchema } from "@/lib/schemas/sections/fleet";
import { globalSectionSchema } from "@/lib/schemas/sections/global";
import { checkLocalUserEmails, identitySectionSchema } from "@/lib/schemas/sections/identity";
import { installSectionSchema } from "@/lib/schemas/sections/install";
import { integrationsSectionSchema } from "@/lib/schemas/sections/integrations";
import { registrySectionSchema } from "@/lib/schemas/sections/registry";

/** Everything an admin decides for a GKE install; `buildGkeValues` turns it into chart values. */
export const gkeConfigSchema = z
  .object({
    target: z.literal("gke"),
    configurationId: configurationIdSchema,
    global: globalSectionSchema,
    fleet: fleetSectionSchema,
    canvas: canvasSectionSchema.extend({
      /** Name of an existing GCP global static IP for the load balancer; empty lets GCP pick one. */
      staticIpName: optionalGcpResourceNameSchema,
    }),
    identity: identitySectionSchema,
    registry: registrySectionSchema,
    install: installSectionSchema,
    integrations: integrationsSectionSchema,
  })
  .superRefine((config, ctx) => {
    checkLocalUserEmails(config.identity.localUsers, config.global.domain, ctx);
  });

export type GkeConfig = z.infer<typeof gkeConfigSchema>;
