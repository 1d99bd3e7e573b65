"use client";

import { generateSecret } from "@/lib/secrets/generate";
import { SecretField } from "@/components/ui/secret-field";
import { TextField } from "@/components/ui/text-field";

import { FormSection } from "../form-section";
import { BrandingFields } from "./branding-fields";
import { ImpersonationFields } from "./impersonation-fields";

/** `canvas`: the PaletteAI UI's load balancer address and its session secret. */
export function CanvasFields() {
  return (
    <FormSection
      id="canvas"
      title="Canvas"
      description="The PaletteAI UI. One GKE Ingress (class gce) serves it on /ai and Dex on /dex; TLS ends at the load balancer."
    >
      <TextField
        name="canvas.staticIpName"
        label="Global static IP address name"
        tag="optional"
        placeholder="paletteai-ip"
        hint="The name of a reserved GCP global static IP for the load balancer. Leave empty to let GCP assign an address."
      />
      <SecretField
        name="canvas.sessionSecret"
        label="Session secret"
        tag="generated"
        generate={generateSecret}
        hint="Encrypts the PaletteAI session cookie. Easel generated a random one."
      />
      <ImpersonationFields />
      <BrandingFields />
    </FormSection>
  );
}
