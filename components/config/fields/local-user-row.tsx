"use client";

import { DEX_COST_RANGE, DEX_SELECTABLE_COSTS } from "@/lib/bcrypt/format";
import { docsDefaultUserWarning } from "@/lib/dex/docs-default-user";
import { isHashPending } from "@/lib/schemas/sections/hashed-password";
import { effectiveEmail } from "@/lib/schemas/sections/identity-model";
import { generatePassword } from "@/lib/secrets/generate";
import { isGenerated } from "@/lib/secrets/generated-values";
import { DOMAIN_MARKER } from "@/lib/targets/value-markers";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { holdsDerived } from "@/components/ui/shown-tag";
import { TextField } from "@/components/ui/text-field";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";
import { useSettledValue } from "@/components/hooks/use-settled-config";

import { HashedPasswordField } from "../hashed-password-field";
import { ListItem } from "./list-fieldset";

export type LocalUserRowProps = {
  index: number;
  onRemove: () => void;
};

const COST_OPTIONS = DEX_SELECTABLE_COSTS.map((cost) => ({
  value: String(cost),
  label: cost === 12 ? "12 (Dex's recommendation)" : String(cost),
}));

/** Where one local user's fields live in the configuration. */
type LocalUserBase = `identity.localUsers.${number}`;

/** How the user's hash is made: from a password hashed here, or pasted from elsewhere. */
function PasswordOrHash({ base }: { base: LocalUserBase }) {
  const { setValue } = useConfigForm();
  const [isHashImported, cost] = useConfigWatch([`${base}.isHashImported`, `${base}.cost`]);
  const onToggle = (isImported: boolean) => {
    const password = isImported ? "" : generatePassword();
    setValue(`${base}.password`, password);
    setValue(`${base}.passwordConfirmation`, password);
    setValue(`${base}.hash`, "");
  };
  return (
    <>
      <CheckboxField
        name={`${base}.isHashImported`}
        label="Paste an existing bcrypt hash instead of a password"
        onToggle={onToggle}
      />
      {isHashImported ? (
        <TextField
          name={`${base}.hash`}
          label="bcrypt hash"
          placeholder="$2y$12$…"
          hint={`From an earlier values.yaml, or htpasswd -nbBC 12 "" 'password'. Dex accepts costs ${DEX_COST_RANGE.min} to ${DEX_COST_RANGE.max}.`}
        />
      ) : (
        <>
          <HashedPasswordField base={base} label="Password" cost={cost} isConfirmed />
          <SelectField
            name={`${base}.cost`}
            label="bcrypt cost"
            isNumeric
            options={COST_OPTIONS}
            hint="Each step doubles the time of every login, and of an attacker's every guess."
          />
        </>
      )}
    </>
  );
}

/** The docs' default user's warning for what `email` and the domain make the login. */
function warningFor(email: string, username: string, domain: string, hash: string) {
  const warning = docsDefaultUserWarning(effectiveEmail({ email, username }, domain), hash);
  return warning ? (
    <p className="warning-banner" role="alert">
      {warning}
    </p>
  ) : null;
}

/** The warning of a user whose login derives from the domain: only these read the domain. */
function DerivedUserWarning({ base }: { base: LocalUserBase }) {
  const domain = useSettledValue("global.domain");
  const [username, hash] = useConfigWatch([`${base}.username`, `${base}.hash`]);
  return warningFor("", username, domain, hash);
}

/** What the admin is told of a user the docs' defaults name, the user's row open or not. */
function DefaultUserWarning({ base }: { base: LocalUserBase }) {
  const [username, email, hash] = useConfigWatch([
    `${base}.username`,
    `${base}.email`,
    `${base}.hash`,
  ]);
  return email === "" ? <DerivedUserWarning base={base} /> : warningFor(email, username, "", hash);
}

/** A folded user's line: the user name and the login. */
function UserSummary({ base }: { base: LocalUserBase }) {
  const [username, email] = useConfigWatch([`${base}.username`, `${base}.email`]);
  return `${username || "(no user name)"}: ${email || "email from the user name and the domain"}`;
}

/**
 * The login email, whose placeholder derives from the domain: only this field re-renders once the
 * domain's keystroke was painted, not the whole row.
 */
function EmailField({ base }: { base: LocalUserBase }) {
  const domain = useSettledValue("global.domain");
  const username = useConfigWatch(`${base}.username`);
  const derivedEmail = `${username || "<user name>"}@${domain || DOMAIN_MARKER}`;
  return (
    <TextField
      name={`${base}.email`}
      label="Email (login)"
      tag="derived"
      isTagShown={holdsDerived(derivedEmail)}
      inputMode="email"
      placeholder={derivedEmail}
      hint={`Leave empty for ${derivedEmail}.`}
    />
  );
}

/** One Dex local user: the login email, a display name, the password and a unique ID. */
export function LocalUserRow({ index, onRemove }: LocalUserRowProps) {
  const base: LocalUserBase = `identity.localUsers.${index}`;
  const [password, hash] = useConfigWatch([`${base}.password`, `${base}.hash`]);
  return (
    <ListItem
      base={base}
      legend={`Local user ${index + 1}`}
      itemName={`local user ${index + 1}`}
      onRemove={onRemove}
      summary={<UserSummary base={base} />}
      isBusy={isHashPending({ password, hash })}
      notice={<DefaultUserWarning base={base} />}
    >
      <div className="field-pair">
        <TextField name={`${base}.username`} label="User name" />
        <EmailField base={base} />
      </div>
      <PasswordOrHash base={base} />
      <TextField
        name={`${base}.userID`}
        label="User ID"
        tag="generated"
        isTagShown={isGenerated}
        hint="Any unique string; Easel generates a UUID for a new user."
      />
    </ListItem>
  );
}
