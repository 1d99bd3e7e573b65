import type { FieldGroup } from "@/lib/targets/target-module";

/** One section of a target's form, as the side navigation lists it. */
export type FormSectionEntry = { id: string; title: string };

/** The form's sections in order; some only where the target shows their field group. */
const SECTIONS: readonly (FormSectionEntry & { group?: FieldGroup })[] = [
  { id: "start", title: "Start here" },
  { id: "global", title: "Global" },
  { id: "fleet", title: "Fleet" },
  { id: "canvas", title: "Canvas" },
  { id: "ingress", title: "Ingress", group: "ingress" },
  { id: "identity", title: "Identity" },
  { id: "registry", title: "Registry", group: "registry" },
  { id: "integrations", title: "Integrations" },
  { id: "install", title: "Install", group: "chartVersions" },
  { id: "components", title: "Components", group: "installerManaged" },
];

/** The sections of a target that shows `fieldGroups`. */
export function formSections(fieldGroups: ReadonlySet<FieldGroup>): readonly FormSectionEntry[] {
  return SECTIONS.filter((section) => !section.group || fieldGroups.has(section.group));
}
