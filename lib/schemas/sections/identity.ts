import { z } from "zod";

import { DEX_SELECTABLE_COSTS, dexHashProblem } from "@/lib/bcrypt/format";
import { secretSchema, textSchema } from "@/lib/schemas/fields";
import { domainProblem } from "@/lib/validation/domain";
import { isEmail } from "@/lib/validation/email";

import { connectorsSchema } from "./connectors";
import { checkHashedPassword } from "./hashed-password";
import { effectiveEmail } from "./identity-model";
import { checkUnique } from "./unique";

/**
 * A Dex local user (`dex.config.staticPasswords[]`). Easel writes only the email, the bcrypt
 * `hash`, the user name and the ID; the rest is form-only: the password typed twice, the cost to
 * hash it at, and whether the admin pasted an existing hash instead. An empty `email` means
 * `<username>@<domain>`.
 */
export const localUserSchema = z
  .object({
    email: textSchema,
    username: textSchema.trim().min(1, "Enter a user name; Dex shows it after login."),
    userID: textSchema.trim().min(1, "Enter a unique user ID."),
    password: textSchema,
    passwordConfirmation: textSchema,
    cost: z
      .number()
      .int()
      .min(DEX_SELECTABLE_COSTS[0])
      .max(DEX_SELECTABLE_COSTS[DEX_SELECTABLE_COSTS.length - 1] as number),
    isHashImported: z.boolean(),
    hash: textSchema,
  })
  .superRefine((user, ctx) => {
    if (user.email !== "" && !isEmail(user.email)) {
      ctx.addIssue({
        code: "custom",
        path: ["email"],
        message: "Enter an email address such as admin@example.org.",
      });
    }
    if (user.isHashImported) {
      const problem =
        user.hash.trim() === "" ? "Paste the user's bcrypt hash." : dexHashProblem(user.hash);
      if (problem) ctx.addIssue({ code: "custom", path: ["hash"], message: problem });
      return;
    }
    if (user.password !== "" && user.passwordConfirmation !== user.password) {
      ctx.addIssue({
        code: "custom",
        path: ["passwordConfirmation"],
        message: "The two passwords differ: type the same password again.",
      });
    }
    checkHashedPassword(user, ctx, dexHashProblem);
  });

export type LocalUser = z.infer<typeof localUserSchema>;

/** `dex.config.staticPasswords`: local users, each with a user ID of its own. */
export const localUsersSchema = z.array(localUserSchema).superRefine((users, ctx) => {
  checkUnique(
    users,
    (user) => user.userID,
    ctx,
    (index) => [index, "userID"],
    (id) => `User ID ${id} is already another user's.`,
  );
});

export const identitySectionSchema = z
  .object({
    clients: z.object({
      muralSecret: secretSchema(16),
      kubernetesSecret: secretSchema(16),
    }),
    connectors: connectorsSchema,
    localUsers: localUsersSchema,
  })
  .superRefine((identity, ctx) => {
    if (identity.localUsers.length === 0 && identity.connectors.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["localUsers"],
        message: "Add a local user or a connector: otherwise nobody could log in.",
      });
    }
  });

export type IdentitySection = z.infer<typeof identitySectionSchema>;

function derivedEmailProblem(user: LocalUser, domain: string | undefined): string | undefined {
  if (user.email !== "") return undefined;
  if (domain === undefined) return "Enter an email: there is no domain to derive one from.";
  const email = effectiveEmail(user, domain);
  return user.username !== "" && !isEmail(email)
    ? `${email} is not a valid email: enter one.`
    : undefined;
}

/**
 * Checks that need the domain: derived emails must be valid and every email unique. With no domain
 * (`undefined`, an appliance without a root domain) every email must be typed. Skipped while the
 * domain itself is wrong, whose own error says all there is to say.
 */
export function checkLocalUserEmails(
  users: readonly LocalUser[],
  domain: string | undefined,
  ctx: z.RefinementCtx,
): void {
  if (domain !== undefined && domainProblem(domain) !== undefined) return;
  const path = ["identity", "localUsers"];
  users.forEach((user, index) => {
    const message = derivedEmailProblem(user, domain);
    if (message) ctx.addIssue({ code: "custom", path: [...path, index, "email"], message });
  });
  const seen = new Set<string>();
  users.forEach((user, index) => {
    if (domain === undefined && user.email === "") return;
    const email = effectiveEmail(user, domain ?? "").toLowerCase();
    if (seen.has(email)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, index, "email"],
        message: `${email} is already another user's email; Dex matches emails without regard to case.`,
      });
    }
    seen.add(email);
  });
}
