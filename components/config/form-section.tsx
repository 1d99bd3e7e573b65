import type { ReactNode } from "react";

export type FormSectionProps = {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/** One titled part of a configuration form, reachable from the section navigation. */
export function FormSection({ id, title, description, children }: FormSectionProps) {
  return (
    <section id={id} className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {description ? <p className="section-description">{description}</p> : null}
      {children}
    </section>
  );
}
