"use client";

import { useFieldArray } from "react-hook-form";

import { ZOT_BCRYPT_COST } from "@/lib/bcrypt/format";
import type { RegistryUser } from "@/lib/schemas/sections/registry";
import { generatePassword } from "@/lib/secrets/generate";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import { useFreeName } from "@/components/hooks/use-free-name";

import { HashedPasswordField } from "../hashed-password-field";
import { ListFieldset, ListItem } from "./list-fieldset";

/** Who may push to and pull from the bundled Zot: htpasswd users with bcrypt hashes. */
export function RegistryUsers() {
  const { fields, append, remove } = useFieldArray({ name: "registry.users" });
  const freeName = useFreeName<RegistryUser>("registry.users", (user) => user.username);
  return (
    <>
      <CheckboxField
        name="registry.keepGuideUsers"
        label="Keep the guide's default registry users (admin, user)"
        hint="The guide adds users to these two. Their hashes are the same in every install that keeps them: remove them once nothing in your install signs in as them (inferred: the guide does not say what uses them)."
      />
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
