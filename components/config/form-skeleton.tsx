import type { TargetId } from "@/lib/targets/catalog";
import { targetForm } from "@/lib/targets/forms";
import { fieldId } from "@/components/ui/field-id";
import { FieldShell } from "@/components/ui/field-shell";
import { TEXT_INPUT_ATTRIBUTES } from "@/components/ui/text-input-attributes";

import { DISCLOSURE_ATTRIBUTE, FORM_SKELETON_ATTRIBUTE } from "./before-load";
import { CONFIG_FORM_ID } from "./config-form-id";
import { DownloadButtons } from "./download-buttons";
import { requiredFieldCopy } from "./fields/required-field-copy";
import { FormSection } from "./form-section";
import { formSections } from "./form-sections";
import { SectionStepList } from "./section-step-list";
import { TargetLinks } from "./target-links";

/**
 * A target's page as the server renders it, before the form's scripts have run: the form's frame
 * and its "Start here" fields, which accept typing at once. The form takes over what was typed
 * there (see `before-load.ts`). Nothing in it is generated: no secret is ever in the HTML.
 */
export function FormSkeleton({ targetId }: { targetId: TargetId }) {
  const form = targetForm(targetId);
  return (
    <div {...{ [FORM_SKELETON_ATTRIBUTE]: "" }}>
      <p className="lead">{form.copy.lead}</p>
      <TargetLinks current={targetId} />
      <details className="values-import" {...{ [DISCLOSURE_ATTRIBUTE]: "import" }}>
        <summary>Import an existing values.yaml</summary>
        <p className="loading">Loading the import…</p>
      </details>
      <details className="values-import" {...{ [DISCLOSURE_ATTRIBUTE]: "profile" }}>
        <summary>Profile: save this configuration, or load one</summary>
        <p className="loading">Loading the profile tools…</p>
      </details>
      <div className="workspace">
        <section className="download-bar" aria-label="Downloads">
          <DownloadButtons formId={CONFIG_FORM_ID} />
        </section>
        <SectionStepList sections={formSections(form.fieldGroups)} />
        <div className="config-form">
          <FormSection id="start" title="Start here">
            {requiredFieldCopy(form).map((field) => (
              <FieldShell
                key={field.name}
                id={fieldId(field.name)}
                label={field.label}
                hint={field.hint}
                tag={field.tag}
              >
                {(aria) => (
                  <input
                    {...aria}
                    {...TEXT_INPUT_ATTRIBUTES}
                    name={field.name}
                    inputMode={field.inputMode}
                    placeholder={field.placeholder}
                    aria-required={field.isRequired || undefined}
                  />
                )}
              </FieldShell>
            ))}
          </FormSection>
          <p className="loading" role="status">
            Loading the rest of the form…
          </p>
          <noscript>
            <p className="field-error">
              Easel&apos;s form needs JavaScript: turn it on and reload.
            </p>
          </noscript>
        </div>
        <aside className="preview" aria-label="Install files">
          <p className="loading">Rendering values.yaml…</p>
        </aside>
      </div>
    </div>
  );
}
