import fc from "fast-check";

import { DEX_SELECTABLE_COSTS } from "@/lib/bcrypt/format";
import type { LocalUser } from "@/lib/schemas/sections/identity";
import type { RegistryUser } from "@/lib/schemas/sections/registry";
import { SAMPLE_DEX_HASH } from "@/test/support/target-config";

import { domainName, emailLocalPart, wildNonBlank, wildWord } from "./text";

/** Never written (only the hash is), so one typed password is enough; "" means a pasted hash. */
const PASSWORD = fc.constantFrom("", "correct horse battery staple");

const localUserParts = fc.record({
  isEmailTyped: fc.boolean(),
  emailLocal: emailLocalPart,
  emailDomain: domainName,
  username: wildNonBlank,
  userID: wildNonBlank,
  password: PASSWORD,
  isHashImported: fc.boolean(),
  cost: fc.constantFrom(...DEX_SELECTABLE_COSTS),
});

/**
 * Dex local users, hashed with the sample hash. An email is typed, or (with `canDeriveEmail`)
 * left for Easel to derive as `<username>@<domain>`, the user name then being an email's local
 * part. Each user's position ends its email and ID, so both stay unique whatever else is drawn.
 */
export function localUsersArbitrary(options: {
  minLength: number;
  maxLength: number;
  canDeriveEmail: boolean;
}): fc.Arbitrary<LocalUser[]> {
  return fc
    .array(localUserParts, { minLength: options.minLength, maxLength: options.maxLength })
    .map((users) =>
      users.map((user, index): LocalUser => {
        const isEmailTyped = user.isEmailTyped || !options.canDeriveEmail;
        return {
          email: isEmailTyped ? `${user.emailLocal}${index}@${user.emailDomain}` : "",
          username: isEmailTyped ? user.username : `${user.emailLocal}${index}`,
          userID: `${user.userID}${index}`,
          password: user.password,
          passwordConfirmation: user.password,
          cost: user.cost,
          isHashImported: user.isHashImported,
          hash: SAMPLE_DEX_HASH,
        };
      }),
    );
}

/**
 * Zot's htpasswd users. Each name ends with its position, so names stay unique and never clash
 * with the guide's `admin` and `user`.
 */
export function registryUsersArbitrary(options: {
  minLength: number;
  maxLength: number;
}): fc.Arbitrary<RegistryUser[]> {
  return fc.array(fc.record({ username: wildWord(), password: PASSWORD }), options).map((users) =>
    users.map((user, index) => ({
      username: `${user.username}${index}`,
      password: user.password,
      hash: SAMPLE_DEX_HASH,
    })),
  );
}
