/**
 * The local user the PaletteAI docs ship as an example (and the appliance's "Enable Dex local
 * users" creates): everyone who has read the docs can sign in as it.
 */
export const DOCS_DEFAULT_USER = {
  email: "admin@example.com",
  password: "password",
  /** The GKE guide's `staticPasswords` example, a bcrypt hash of "password". */
  hash: "$2a$12$Ot2dJ0pmdIC2oXUDW/Ez1OIfhkSzLZIbsumsxkByuU3CUr02DtiC.",
} as const;

/** Why a local user is still the docs' default one, or undefined when it is not. */
export function docsDefaultUserWarning(email: string, hash: string): string | undefined {
  if (hash === DOCS_DEFAULT_USER.hash) {
    return `This is the docs' example hash: its password is "${DOCS_DEFAULT_USER.password}", which anyone who has read the docs knows. Set a new password.`;
  }
  if (email.trim().toLowerCase() === DOCS_DEFAULT_USER.email) {
    return `${DOCS_DEFAULT_USER.email} is the docs' default user, the first login anyone would try. Use an address of your own.`;
  }
  return undefined;
}
