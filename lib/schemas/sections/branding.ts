import { z } from "zod";

import { textSchema } from "@/lib/schemas/fields";
import { logoProblem } from "@/lib/validation/logo";

const logoSchema = textSchema.superRefine((value, ctx) => {
  const message = logoProblem(value);
  if (message) ctx.addIssue({ code: "custom", message });
});

/** `canvas.branding` logos; empty means the PaletteAI default. Colours' key names are not documented. */
export const brandingSchema = z.object({
  primaryLogo: logoSchema,
  secondaryLogo: logoSchema,
});

export type Branding = z.infer<typeof brandingSchema>;
