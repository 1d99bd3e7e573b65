// What the form needs of the identity section, apart from its schema (`./identity.ts`): a target's page
// loads these with the form, and zod only at the first check.

import type { LocalUser } from "./identity";

/** The local users Easel writes: none while the appliance installer clears them. */
export function writtenLocalUsers(identity: {
  localUsers: LocalUser[];
  staticUsersDisabled?: boolean;
}): LocalUser[] {
  return identity.staticUsersDisabled ? [] : identity.localUsers;
}

/** The email a local user logs in with. */
export function effectiveEmail(
  user: Pick<LocalUser, "email" | "username">,
  domain: string,
): string {
  return user.email !== "" ? user.email : `${user.username}@${domain}`;
}
