"use client";

import { useFieldArray, useFormContext } from "react-hook-form";

import { firstFreeName } from "@/lib/forms/first-free-name";
import type { LocalUser } from "@/lib/schemas/sections/identity";
import { generatePassword, generateSecret, generateUuid } from "@/lib/secrets/generate";
import { SecretField } from "@/components/ui/secret-field";

import { FormSection } from "../form-section";
import { ListFieldset } from "./list-fieldset";
import { LocalUserRow } from "./local-user-row";

/** `dex.config`: the two OIDC clients PaletteAI uses and the local users who can log in. */
export function IdentityFields() {
  const { fields, append, remove } = useFieldArray({ name: "identity.localUsers" });
  const { getValues } = useFormContext();
  const usedNames = () =>
    (getValues("identity.localUsers") as LocalUser[]).map((user) => user.username);
  return (
    <FormSection
      id="identity"
      title="Identity"
      description="Dex signs users in to PaletteAI. Local users need no identity provider; they get admin rights through Canvas."
    >
      <fieldset className="subsection">
        <legend>Dex clients</legend>
        <p className="field-hint">
          The mural (Canvas) and kubernetes clients trust each other; their redirect URIs come from
          the domain.
        </p>
        <SecretField
          name="identity.clients.muralSecret"
          label="mural client secret"
          tag="generated"
          generate={generateSecret}
        />
        <SecretField
          name="identity.clients.kubernetesSecret"
          label="kubernetes client secret"
          tag="generated"
          generate={generateSecret}
        />
      </fieldset>
      <ListFieldset
        name="identity.localUsers"
        legend="Local users"
        addLabel="Add local user"
        onAdd={() =>
          append({
            email: "",
            username: firstFreeName("user", usedNames()),
            userID: generateUuid(),
            password: generatePassword(),
            hash: "",
          })
        }
      >
        {fields.map((field, index) => (
          <LocalUserRow
            key={field.id}
            index={index}
            canRemove={fields.length > 1}
            onRemove={() => remove(index)}
          />
        ))}
      </ListFieldset>
    </FormSection>
  );
}
