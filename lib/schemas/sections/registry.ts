import { z } from "zod";

import { bcryptCost } from "@/lib/bcrypt/format";
import { textSchema } from "@/lib/schemas/fields";
import {
  registryEndpointProblem,
  ZOT_LOAD_BALANCER_PORT,
} from "@/lib/validation/registry-endpoint";

import { checkHashedPassword } from "./hashed-password";
import { GUIDE_HTPASSWD_USERNAMES, REGISTRY_MODES, usesBundledZot } from "./registry-model";
import { checkUnique } from "./unique";

export const registryUserSchema = z
  .object({
    username: textSchema
      .min(1, "Enter a user name.")
      .refine((name) => !name.includes(":"), 'An htpasswd user name cannot contain ":".')
      .refine((name) => !/\s/.test(name), "Remove the spaces."),
    password: textSchema,
    hash: textSchema,
  })
  .superRefine((user, ctx) => {
    checkHashedPassword(user, ctx, (hash) =>
      bcryptCost(hash) === undefined ? "This is not a bcrypt hash." : undefined,
    );
  });

export type RegistryUser = z.infer<typeof registryUserSchema>;

function checkZotUsers(
  registry: { keepGuideUsers: boolean; users: RegistryUser[] },
  ctx: z.RefinementCtx,
) {
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
}

export const registrySectionSchema = z
  .object({
    mode: z.enum(REGISTRY_MODES, { message: "Choose where the registry runs." }),
    /** Used by the load-balancer and external modes; the Ingress mode derives it from the domain. */
    endpoint: textSchema,
    keepGuideUsers: z.boolean(),
    users: z.array(registryUserSchema),
  })
  .superRefine((registry, ctx) => {
    if (registry.mode !== "zot-ingress") {
      const port = registry.mode === "zot-load-balancer" ? ZOT_LOAD_BALANCER_PORT : undefined;
      const problem = registryEndpointProblem(registry.endpoint, port);
      if (problem) ctx.addIssue({ code: "custom", path: ["endpoint"], message: problem });
    }
    if (usesBundledZot(registry.mode)) checkZotUsers(registry, ctx);
  });

export type RegistrySection = z.infer<typeof registrySectionSchema>;
