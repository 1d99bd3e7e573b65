import bcrypt from "bcryptjs";

/** A bcrypt hash of `password` at `cost`, salted from the platform's CSPRNG. Slow on purpose. */
export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(password, cost);
}

/** Whether `password` matches `hash`. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
