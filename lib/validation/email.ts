import { z } from "zod";

// Built once: validation runs on every keystroke.
const EMAIL = z.email();

/** Whether `value` is an email address, by zod's rule (the same one the form shows). */
export function isEmail(value: string): boolean {
  return EMAIL.safeParse(value).success;
}
