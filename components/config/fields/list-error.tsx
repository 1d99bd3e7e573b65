"use client";

import { get, useFormState } from "react-hook-form";

import { fieldId } from "@/components/ui/field-id";
import type { ConfigPath } from "@/components/hooks/config-path";

/** An error that belongs to a whole list, such as "add at least one". */
export function ListError({ name }: { name: ConfigPath }) {
  const { errors } = useFormState({ name });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return message ? (
    <p className="field-error" id={fieldId(name)} tabIndex={-1}>
      {message}
    </p>
  ) : null;
}
