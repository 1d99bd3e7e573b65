"use client";

import type { FieldGroup } from "@/lib/targets/target-module";
import { HUB_SECTION_ID } from "@/components/hub/cluster-features-off";

import { useTargetModule } from "./target-context";

/** The form's sections in order; some only where the target shows their field group. */
const SECTIONS: readonly { id: string; title: string; group?: FieldGroup }[] = [
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

/** Links to each section of the configuration form, then to the hub panel below it: the last step. */
export function SectionNav() {
  const { fieldGroups } = useTargetModule();
  const sections = SECTIONS.filter((section) => !section.group || fieldGroups.has(section.group));
  return (
    <nav className="section-nav" aria-label="Configuration sections">
      <ol>
        {sections.map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
        <li>
          <a href={`#${HUB_SECTION_ID}`}>Apply to the hub</a>
        </li>
      </ol>
    </nav>
  );
}
