"use client";

import { generateSecret } from "@/lib/secrets/generate";
import { isGenerated } from "@/lib/secrets/generated-values";
import { SecretField } from "@/components/ui/secret-field";
import { TextField } from "@/components/ui/text-field";

import { FormSection } from "../form-section";
import { useTargetForm, useTargetShows } from "../target-context";
import { BrandingFields } from "./branding-fields";
import { ImpersonationFields } from "./impersonation-fields";
import { InstallerManagedRows } from "./installer-managed-rows";

/** `canvas`: the PaletteAI UI's address, session secret, impersonation and branding. */
export function CanvasFields() {
  const { copy } = useTargetForm();
  const showsStaticIp = useTargetShows("gkeStaticIp");
  const showsSessionSecret = useTargetShows("sessionSecret");
  return (
    <FormSection id="canvas" title="Canvas" description={copy.canvas}>
      {showsStaticIp ? (
        <TextField
          name="canvas.staticIpName"
          label="Global static IP address name"
          tag="optional"
          placeholder="paletteai-ip"
          hint="The name of a reserved GCP global static IP for the load balancer. Leave empty to let GCP assign an address."
        />
      ) : null}
      {showsSessionSecret ? (
        <SecretField
          name="canvas.sessionSecret"
          label="Session secret"
          tag="generated"
          isTagShown={isGenerated}
          generate={generateSecret}
          hint="Encrypts the PaletteAI session cookie; Generate makes a random one."
        />
      ) : null}
      <InstallerManagedRows section="canvas" />
      <ImpersonationFields />
      <BrandingFields />
    </FormSection>
  );
}
