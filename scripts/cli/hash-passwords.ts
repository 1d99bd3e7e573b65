import { ZOT_BCRYPT_COST } from "@/lib/bcrypt/format";
import { hashPassword } from "@/lib/bcrypt/hash";
import type { TargetConfig } from "@/lib/schemas/targets";

type Hashed = { password: string; hash: string };

async function hashIfPending(user: Hashed, cost: number): Promise<void> {
  if (user.password !== "" && user.hash === "") user.hash = await hashPassword(user.password, cost);
}

/**
 * Hashes every password a profile gives without its hash, as the form's worker would, so a
 * profile may hold passwords instead of hashes. Only the hash is written to values.yaml.
 */
export async function hashPendingPasswords(config: TargetConfig): Promise<void> {
  for (const user of config.identity.localUsers) {
    if (!user.isHashImported) await hashIfPending(user, user.cost);
  }
  if ("registry" in config) {
    for (const user of config.registry.users) await hashIfPending(user, ZOT_BCRYPT_COST);
  }
}
