import { type RegistrySection } from "@/lib/schemas/sections/registry";
import { GUIDE_HTPASSWD_USERNAMES, usesBundledZot } from "@/lib/schemas/sections/registry-model";
import { generatePassword } from "@/lib/secrets/generate";

/**
 * Why the guide's two registry users are a risk, said by the form, the CLI and the bundle's
 * README alike: their passwords are the zot chart's defaults, `admin` and `user` (bcrypt confirms
 * it), and the registry answers anyone who reaches it.
 */
export const GUIDE_USERS_PUBLIC_PASSWORDS =
  "The guide's registry users admin and user have public passwords: admin and user, the zot chart's defaults. Anyone who reaches the registry (with the guide's Ingress, <domain>/zot and <domain>/v2 are public) can sign in as them and push artifacts that spokes deploy.";

/** What renewing them changes for whatever logs in as them. */
export const GUIDE_USERS_NEED_NEW_PASSWORDS =
  "Anything configured to log in to Zot as admin or user needs the new passwords (the guide does not say which PaletteAI component does).";

/** Whether the bundled Zot runs with the guide's two users and their public passwords. */
export function keepsPublicGuidePasswords(registry: RegistrySection): boolean {
  return usesBundledZot(registry.mode) && registry.keepGuideUsers;
}

/**
 * The guide's two users, same names, with new random passwords: listed first as registry users of
 * their own (hashed with bcrypt like the others) instead of the guide's fixed lines. Their hash is
 * left empty for the form's worker (or the CLI) to compute.
 */
export function renewGuideUsers(registry: RegistrySection): RegistrySection {
  if (!registry.keepGuideUsers) return registry;
  const renewed = GUIDE_HTPASSWD_USERNAMES.map((username) => ({
    username,
    password: generatePassword(),
    hash: "",
  }));
  return { ...registry, keepGuideUsers: false, users: [...renewed, ...registry.users] };
}
