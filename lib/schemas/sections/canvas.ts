import { z } from "zod";

import { secretSchema } from "@/lib/schemas/fields";

import { impersonationSchema } from "./impersonation";

export const canvasSectionSchema = z.object({
  sessionSecret: secretSchema(16),
  impersonation: impersonationSchema,
});

export type CanvasSection = z.infer<typeof canvasSectionSchema>;
