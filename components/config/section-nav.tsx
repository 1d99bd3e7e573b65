"use client";

import { formSections } from "./form-sections";
import { SectionStepList } from "./section-step-list";
import { useSectionSteps } from "./section-steps";
import { useTargetForm } from "./target-context";

/**
 * The form's sections as steps, each with its state (done, has errors, required, optional) and
 * the current one marked, then the hub panel below the form: the last step.
 */
export function SectionNav({ formId }: { formId: string }) {
  const sections = formSections(useTargetForm().fieldGroups);
  const { current, states } = useSectionSteps(
    formId,
    sections.map(({ id }) => id),
  );
  return <SectionStepList sections={sections} current={current} states={states} />;
}
