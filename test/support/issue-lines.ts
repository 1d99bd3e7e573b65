import type { z } from "zod";

/** What `schema` says of `value`, one "path: message" line per issue; none when it is valid. */
export function issueLines(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}
