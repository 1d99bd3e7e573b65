import type { TargetForm } from "@/lib/targets/target-module";

/** The fields of the "Start here" section, wherever a target shows them. */
export const REQUIRED_FIELD_NAMES = ["global.domain", "fleet.hubApiServer"] as const;

/** What the "Start here" section says of one of its fields, loaded form or not. */
export type RequiredFieldCopy = {
  name: (typeof REQUIRED_FIELD_NAMES)[number];
  label: string;
  hint: string;
  placeholder: string;
  inputMode: "text" | "url";
  isRequired?: boolean;
  tag?: string;
};

const DOMAIN: RequiredFieldCopy = {
  name: "global.domain",
  label: "Domain",
  isRequired: true,
  placeholder: "paletteai.example.org",
  inputMode: "text",
  hint: "Only the host name: example.org, not https://example.org. Create its DNS record after the install.",
};

/** The appliance's installer writes the domain; Easel only reads it. */
const ROOT_DOMAIN: RequiredFieldCopy = {
  name: "global.domain",
  label: "Root domain in Local UI",
  tag: "optional",
  placeholder: "paletteai.example.org",
  inputMode: "text",
  hint: "Not written: the installer takes it from Local UI. Easel uses it to show what the installer sets and to derive local users' emails.",
};

/**
 * The fields Easel cannot choose for the admin, in order: the domain (the appliance's root
 * domain, which it only reads) and, where the target asks for it, the hub's API server. Both the
 * form and the page shown while it loads write them from here.
 */
export function requiredFieldCopy(form: TargetForm): readonly RequiredFieldCopy[] {
  const { hubApiServer } = form.copy;
  const domain = form.fieldGroups.has("rootDomain") ? ROOT_DOMAIN : DOMAIN;
  if (!hubApiServer) return [domain];
  return [
    domain,
    {
      name: "fleet.hubApiServer",
      label: "Hub API server",
      isRequired: true,
      inputMode: "url",
      ...hubApiServer,
    },
  ];
}
