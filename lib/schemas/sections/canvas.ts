import { z } from "zod";

import { secretSchema } from "@/lib/schemas/fields";

import { brandingSchema } from "./branding";
import { impersonationSchema } from "./impersonation";

export const canvasSectionSchema = z.object({
  sessionSecret: secretSchema(16),
  impersonation: impersonationSchema,
  branding: brandingSchema,
});

export type CanvasSection = z.infer<typeof canvasSectionSchema>;
