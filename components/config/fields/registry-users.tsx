"use client";

import { useFieldArray } from "react-hook-form";

import { ZOT_BCRYPT_COST } from "@/lib/bcrypt/format";
import { isHashPending } from "@/lib/schemas/sections/hashed-password";
import { generatePassword } from "@/lib/secrets/generate";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";
import { useFreeName } from "@/components/hooks/use-free-name";

import { HashedPasswordField } from "../hashed-password-field";
import { GuideRegistryUsers } from "./guide-registry-users";
import { ListFieldset, ListItem } from "./list-fieldset";

/** One htpasswd user: the name and the password hashed here. */
function RegistryUserRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const base = `registry.users.${index}` as const;
  const [username, password, hash] = useConfigWatch([
    `${base}.username`,
    `${base}.password`,
    `${base}.hash`,
  ]);
  return (
    <ListItem
      base={base}
      legend={`Registry user ${index + 1}`}
      itemName={`registry user ${index + 1}`}
      onRemove={onRemove}
      summary={username || "(no user name)"}
      isBusy={isHashPending({ password, hash })}
    >
      <TextField name={`${base}.username`} label="User name" />
      <HashedPasswordField base={base} label="Password" cost={ZOT_BCRYPT_COST} />
    </ListItem>
  );
}

/** Who may push to and pull from the bundled Zot: htpasswd users with bcrypt hashes. */
export function RegistryUsers() {
  const { fields, append, remove, replace } = useFieldArray({ name: "registry.users" });
  const freeName = useFreeName("registry.users", (user) => user.username);
  return (
    <>
      <GuideRegistryUsers onRenew={replace} />
      <ListFieldset
        name="registry.users"
        legend="Registry users"
        addLabel="Add registry user"
        onAdd={() =>
          append({
            username: freeName("registry"),
            password: generatePassword(),
            hash: "",
          })
        }
      >
        {fields.map((field, index) => (
          <RegistryUserRow key={field.id} index={index} onRemove={() => remove(index)} />
        ))}
      </ListFieldset>
    </>
  );
}
