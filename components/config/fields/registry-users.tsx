"use client";

import { useFieldArray } from "react-hook-form";

import { ZOT_BCRYPT_COST } from "@/lib/bcrypt/format";
import { generatePassword } from "@/lib/secrets/generate";
import { TextField } from "@/components/ui/text-field";
import { useFreeName } from "@/components/hooks/use-free-name";

import { HashedPasswordField } from "../hashed-password-field";
import { GuideRegistryUsers } from "./guide-registry-users";
import { ListFieldset, ListItem } from "./list-fieldset";

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
          <ListItem
            key={field.id}
            legend={`Registry user ${index + 1}`}
            itemName={`registry user ${index + 1}`}
            onRemove={() => remove(index)}
          >
            <TextField name={`registry.users.${index}.username`} label="User name" />
            <HashedPasswordField
              base={`registry.users.${index}`}
              label="Password"
              cost={ZOT_BCRYPT_COST}
            />
          </ListItem>
        ))}
      </ListFieldset>
    </>
  );
}
