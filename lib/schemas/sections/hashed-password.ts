import type { z } from "zod";

import { passwordProblem } from "@/lib/bcrypt/format";

export const MIN_PASSWORD_LENGTH = 12;

type HashedPassword = { password: string; hash: string };

/** A typed password whose hash the worker has not returned yet: nothing may be downloaded. */
export function isHashPending(user: HashedPassword): boolean {
  return user.password !== "" && user.hash === "";
}

/**
 * Checks a user whose plaintext `password` lives only in the browser form and whose bcrypt `hash`
 * is what gets written. An empty password with a hash is an imported hash; a password without a
 * hash is one whose hash the worker has not returned yet.
 */
export function checkHashedPassword(
  user: HashedPassword,
  ctx: z.RefinementCtx,
  hashProblem: (hash: string) => string | undefined,
): void {
  if (user.password === "" && user.hash === "") {
    ctx.addIssue({
      code: "custom",
      path: ["password"],
      message: "Enter a password, or choose Generate.",
    });
    return;
  }
  if (user.password !== "") {
    const problem = passwordProblem(user.password, MIN_PASSWORD_LENGTH);
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      return;
    }
  }
  if (isHashPending(user)) {
    ctx.addIssue({
      code: "custom",
      path: ["hash"],
      message: "The password hash is still being computed; try again in a moment.",
    });
    return;
  }
  const problem = hashProblem(user.hash);
  if (problem) ctx.addIssue({ code: "custom", path: ["hash"], message: problem });
}
