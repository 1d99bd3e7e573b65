"use client";

import { useWatch } from "react-hook-form";

import { DEX_BCRYPT_COST } from "@/lib/bcrypt/format";
import { DOMAIN_MARKER } from "@/lib/targets/render";
import { TextField } from "@/components/ui/text-field";

import { HashedPasswordField } from "../hashed-password-field";
import { ListItem } from "./list-fieldset";

export type LocalUserRowProps = {
  index: number;
  canRemove: boolean;
  onRemove: () => void;
};

/** One Dex local user: the login email, a display name, the password and a unique ID. */
export function LocalUserRow({ index, canRemove, onRemove }: LocalUserRowProps) {
  const base = `identity.localUsers.${index}` as const;
  const domain = useWatch({ name: "global.domain" }) as string;
  const username = useWatch({ name: `${base}.username` }) as string;
  const derivedEmail = `${username || "<user name>"}@${domain || DOMAIN_MARKER}`;
  return (
    <ListItem
      legend={`Local user ${index + 1}`}
      itemName={`local user ${index + 1}`}
      onRemove={onRemove}
      canRemove={canRemove}
    >
      <div className="field-pair">
        <TextField name={`${base}.username`} label="User name" />
        <TextField
          name={`${base}.email`}
          label="Email (login)"
          tag="derived"
          inputMode="email"
          placeholder={derivedEmail}
          hint={`Leave empty for ${derivedEmail}.`}
        />
      </div>
      <HashedPasswordField base={base} label="Password" cost={DEX_BCRYPT_COST} />
      <TextField
        name={`${base}.userID`}
        label="User ID"
        tag="generated"
        hint="Any unique string; Easel generated a UUID."
      />
    </ListItem>
  );
}
