"use client";

import type { FieldGroup } from "@/lib/targets/target-module";
import { HUB_SECTION_ID } from "@/components/hub/cluster-features-off";

import { STEP_STATE_TEXT, useSectionSteps } from "./section-steps";
import { useTargetForm } from "./target-context";

/** The form's sections in order; some only where the target shows their field group. */
const SECTIONS: readonly { id: string; title: string; group?: FieldGroup }[] = [
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

/**
 * The form's sections as steps, each with its state (done, has errors, required, optional) and
 * the current one marked, then the hub panel below the form: the last step.
 */
export function SectionNav({ formId }: { formId: string }) {
  const { fieldGroups } = useTargetForm();
  const sections = SECTIONS.filter((section) => !section.group || fieldGroups.has(section.group));
  const { current, states } = useSectionSteps(
    formId,
    sections.map(({ id }) => id),
  );
  return (
    <nav className="section-nav" aria-label="Configuration sections">
      <ol>
        {sections.map(({ id, title }) => {
          const state = states.get(id);
          return (
            <li key={id}>
              <a
                href={`#${id}`}
                className="section-step"
                data-state={state}
                aria-current={current === id ? "step" : undefined}
                aria-label={state ? `${title}, ${STEP_STATE_TEXT[state]}` : undefined}
              >
                <span className="section-step-title">{title}</span>
                {state ? (
                  <span className="section-step-state">{STEP_STATE_TEXT[state]}</span>
                ) : null}
              </a>
            </li>
          );
        })}
        <li>
          <a href={`#${HUB_SECTION_ID}`} className="section-step">
            Apply to the hub
          </a>
        </li>
      </ol>
    </nav>
  );
}
