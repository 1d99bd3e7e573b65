"use client";

import { Fragment } from "react";

import { TextField } from "@/components/ui/text-field";

import { DerivedUrls } from "../derived-urls";
import { FormSection } from "../form-section";
import { useTargetForm, useTargetShows } from "../target-context";
import { requiredFieldCopy } from "./required-field-copy";

/**
 * What Easel cannot choose for the admin, first and together: the domain (the appliance's root
 * domain, which it only reads) and the hub's API server. Every section below starts at the
 * guide's values.
 */
export function RequiredFields() {
  const fields = requiredFieldCopy(useTargetForm());
  // The appliance's installer writes the domain, so no URL is derived from it here.
  const isDomainWritten = !useTargetShows("rootDomain");
  return (
    // No description: the page's introduction says it, and both fields stay above the fold at 1280x720.
    <FormSection id="start" title="Start here">
      {fields.map((field) => (
        <Fragment key={field.name}>
          <TextField {...field} />
          {field.name === "global.domain" && isDomainWritten ? <DerivedUrls /> : null}
        </Fragment>
      ))}
    </FormSection>
  );
}
