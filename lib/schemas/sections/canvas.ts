import { z } from "zod";

import { secretSchema } from "@/lib/schemas/fields";

export const canvasSectionSchema = z.object({
  sessionSecret: secretSchema(16),
});

export type CanvasSection = z.infer<typeof canvasSectionSchema>;
