import { isHashPending } from "@/lib/schemas/sections/hashed-password";
import { writtenLocalUsers } from "@/lib/schemas/sections/identity-model";
import { usesBundledZot } from "@/lib/schemas/sections/registry-model";
import type { TargetConfig } from "@/lib/schemas/targets";

/** Whether a password that will be written as a hash is still being hashed. */
export function hasPendingHash(config: TargetConfig): boolean {
  const registryUsers =
    "registry" in config && usesBundledZot(config.registry.mode) ? config.registry.users : [];
  return [...writtenLocalUsers(config.identity), ...registryUsers].some(isHashPending);
}
