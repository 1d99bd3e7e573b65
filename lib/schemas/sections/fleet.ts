import { z } from "zod";

import { baseUrlSchema } from "@/lib/schemas/fields";

export const HUB_API_SERVER_RULE = {
  schemes: ["https"],
  example: "https://34.118.0.10:443",
} as const;

export const fleetSectionSchema = z.object({
  hubApiServer: baseUrlSchema(HUB_API_SERVER_RULE),
  hubAsSpoke: z.object({ forceInternalEndpointLookup: z.boolean() }),
});

export type FleetSection = z.infer<typeof fleetSectionSchema>;
