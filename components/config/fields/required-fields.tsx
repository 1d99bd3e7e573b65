"use client";

import { TextField } from "@/components/ui/text-field";

import { DerivedUrls } from "../derived-urls";
import { FormSection } from "../form-section";
import { useTargetForm, useTargetShows } from "../target-context";

function DomainField() {
  if (useTargetShows("rootDomain")) {
    return (
      <TextField
        name="global.domain"
        label="Root domain in Local UI"
        tag="optional"
        placeholder="paletteai.example.org"
        hint="Not written: the installer takes it from Local UI. Easel uses it to show what the installer sets and to derive local users' emails."
      />
    );
  }
  return (
    <>
      <TextField
        name="global.domain"
        label="Domain"
        isRequired
        placeholder="paletteai.example.org"
        hint="Only the host name: example.org, not https://example.org. Create its DNS record after the install."
      />
      <DerivedUrls />
    </>
  );
}

/** `fleetConfig.hub.apiServer`, where the target asks for it: where spokes reach the hub. */
function HubApiServerField() {
  const { hubApiServer } = useTargetForm().copy;
  if (!hubApiServer) return null;
  return (
    <TextField
      name="fleet.hubApiServer"
      label="Hub API server"
      isRequired
      placeholder={hubApiServer.placeholder}
      inputMode="url"
      hint={hubApiServer.hint}
    />
  );
}

/**
 * What Easel cannot choose for the admin, first and together: the domain (the appliance's root
 * domain, which it only reads) and the hub's API server. Every section below starts at the
 * guide's values.
 */
export function RequiredFields() {
  return (
    // No description: the page's introduction says it, and both fields stay above the fold at 1280x720.
    <FormSection id="start" title="Start here">
      <DomainField />
      <HubApiServerField />
    </FormSection>
  );
}
