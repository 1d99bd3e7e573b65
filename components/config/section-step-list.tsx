import { HUB_SECTION_ID } from "@/components/hub/cluster-features-off";

import type { FormSectionEntry } from "./form-sections";
import { STEP_STATE_TEXT, type StepState } from "./step-state";

export type SectionStepListProps = {
  sections: readonly FormSectionEntry[];
  /** The section the reader is at. */
  current?: string;
  /** Each section's state; none while the form is still loading. */
  states?: ReadonlyMap<string, StepState>;
};

/** The side navigation's markup: the form's sections as steps, then the hub panel, the last one. */
export function SectionStepList({ sections, current, states }: SectionStepListProps) {
  return (
    <nav className="section-nav" aria-label="Configuration sections">
      <ol>
        {sections.map(({ id, title }) => {
          const state = states?.get(id);
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
