import { type LocalUser } from "@/lib/schemas/sections/identity";
import { effectiveEmail, writtenLocalUsers } from "@/lib/schemas/sections/identity-model";
import { type RegistryUser } from "@/lib/schemas/sections/registry";
import { usesBundledZot, type RegistryMode } from "@/lib/schemas/sections/registry-model";

/** A local or registry user whose generated password nobody has revealed, copied or typed. */
export type UnseenPassword = {
  /** The user as the form shows them: the user name, then the login email. */
  name: string;
  password: string;
};

/** The user's name as the form shows it: user name and login email (derived when left empty). */
export function localUserName(user: Pick<LocalUser, "email" | "username">, domain: string): string {
  const email = user.email !== "" || domain !== "" ? effectiveEmail(user, domain) : "";
  const username = user.username || "(no user name)";
  return email ? `${username} (${email})` : username;
}

/** The registry users Easel writes (those of the bundled Zot), as the form shows them. */
function writtenRegistryUsers(registry?: { mode: RegistryMode; users: RegistryUser[] }) {
  if (!registry || !usesBundledZot(registry.mode)) return [];
  return registry.users.map((user) => ({
    name: `registry user ${user.username || "(no user name)"}`,
    password: user.password,
  }));
}

/**
 * The local users and the bundled Zot's registry users Easel writes whose password, generated in
 * the browser, was never seen: neither revealed, copied nor typed by the admin (`seen` holds every
 * password that was). An imported hash has no password to lose; an empty password is the form's
 * error, not a lost one.
 */
export function unseenGeneratedPasswords(
  config: {
    global: { domain: string };
    identity: { localUsers: LocalUser[]; staticUsersDisabled?: boolean };
    registry?: { mode: RegistryMode; users: RegistryUser[] };
  },
  seen: ReadonlySet<string>,
): UnseenPassword[] {
  const local = writtenLocalUsers(config.identity)
    .filter((user) => !user.isHashImported)
    .map((user) => ({ name: localUserName(user, config.global.domain), password: user.password }));
  return [...local, ...writtenRegistryUsers(config.registry)].filter(
    (user) => user.password !== "" && !seen.has(user.password),
  );
}
