import { z } from "zod";

import { bcryptCost } from "@/lib/bcrypt/format";

import { checkHashedPassword, checkUnique } from "./hashed-password";

/** The users the GKE guide's htpasswd example lists; the guide says to add to them. */
export const GUIDE_HTPASSWD_USERNAMES = ["admin", "user"] as const;

export const registryUserSchema = z
  .object({
    username: z
      .string()
      .min(1, "Enter a user name.")
      .refine((name) => !name.includes(":"), 'An htpasswd user name cannot contain ":".')
      .refine((name) => !/\s/.test(name), "Remove the spaces."),
    password: z.string(),
    hash: z.string(),
  })
  .superRefine((user, ctx) => {
    checkHashedPassword(user, ctx, (hash) =>
      bcryptCost(hash) === undefined ? "This is not a bcrypt hash." : undefined,
    );
  });

export type RegistryUser = z.infer<typeof registryUserSchema>;

export const registrySectionSchema = z
  .object({
    keepGuideUsers: z.boolean(),
    users: z.array(registryUserSchema),
  })
  .superRefine((registry, ctx) => {
    if (!registry.keepGuideUsers && registry.users.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["users"],
        message: "Add at least one registry user: Zot checks every request against htpasswd.",
      });
    }
    const taken = new Set<string>(registry.keepGuideUsers ? GUIDE_HTPASSWD_USERNAMES : []);
    registry.users.forEach((user, index) => {
      if (taken.has(user.username)) {
        ctx.addIssue({
          code: "custom",
          path: ["users", index, "username"],
          message: `${user.username} is one of the guide's default users; choose another name or stop keeping them.`,
        });
      }
    });
    checkUnique(
      registry.users,
      (user) => user.username,
      ctx,
      (index) => ["users", index, "username"],
      (name) => `${name} is listed twice.`,
    );
  });

export type RegistrySection = z.infer<typeof registrySectionSchema>;
