"use client";

import { useFieldArray } from "react-hook-form";

import { generateSecret } from "@/lib/secrets/generate";
import { isGenerated } from "@/lib/secrets/generated-values";
import { newLocalUser } from "@/lib/targets/install-defaults";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SecretField } from "@/components/ui/secret-field";
import { useConfigWatch } from "@/components/hooks/config-form";
import { useFreeName } from "@/components/hooks/use-free-name";

import { FormSection } from "../form-section";
import { useTargetShows } from "../target-context";
import { ConnectorList } from "./connectors/connector-list";
import { InstallerManagedRows } from "./installer-managed-rows";
import { ListFieldset } from "./list-fieldset";
import { LocalUserRow } from "./local-user-row";

function DexClientFields() {
  return (
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
        isTagShown={isGenerated}
        generate={generateSecret}
      />
      <SecretField
        name="identity.clients.kubernetesSecret"
        label="kubernetes client secret"
        tag="generated"
        isTagShown={isGenerated}
        generate={generateSecret}
      />
    </fieldset>
  );
}

function LocalUsers() {
  const { fields, append, remove } = useFieldArray({ name: "identity.localUsers" });
  const freeName = useFreeName("identity.localUsers", (user) => user.username);
  const addUser = () => append(newLocalUser(freeName("user")));
  return (
    <ListFieldset
      name="identity.localUsers"
      legend="Local users"
      addLabel="Add local user"
      onAdd={addUser}
    >
      {fields.map((field, index) => (
        <LocalUserRow key={field.id} index={index} onRemove={() => remove(index)} />
      ))}
    </ListFieldset>
  );
}

/** The appliance's local users, unless Local UI's "Disable Static Dex Users" clears them. */
function ApplianceLocalUsers() {
  const isDisabled = useConfigWatch("identity.staticUsersDisabled");
  return (
    <>
      <CheckboxField
        name="identity.staticUsersDisabled"
        label='"Disable Static Dex Users" is on in Local UI'
        hint="The installer then clears every local user; users sign in through a Dex connector only."
      />
      {isDisabled ? (
        <p className="field-hint">Local users are not written: the installer would clear them.</p>
      ) : (
        <>
          <p className="field-hint">
            With no local user here, Local UI&apos;s &quot;Enable Dex local users&quot; sets the
            default admin@example.com with the password &quot;password&quot;.
          </p>
          <LocalUsers />
        </>
      )}
    </>
  );
}

/** `dex.config`: the two OIDC clients PaletteAI uses and the local users who can log in. */
export function IdentityFields() {
  const showsClients = useTargetShows("dexClients");
  const showsToggle = useTargetShows("staticUsersToggle");
  return (
    <FormSection
      id="identity"
      title="Identity"
      description="Dex signs users in to PaletteAI: as local users, who need no identity provider and get admin rights through Canvas, or through connectors to your identity provider. Add at least one of either."
    >
      {showsClients ? <DexClientFields /> : null}
      <InstallerManagedRows section="identity" />
      {showsToggle ? <ApplianceLocalUsers /> : <LocalUsers />}
      <ConnectorList />
    </FormSection>
  );
}
