"use client";

import { useState, type ChangeEvent } from "react";

import type { ConfigPath } from "./config-path";
import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";
import { useFieldController } from "./use-field-controller";

export type TextFileFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: string;
  tag?: string;
  accept?: string;
  /** Files above this size are refused before they are read. */
  maxBytes: number;
  /** Why the text cannot be used, or undefined; a refused file is not kept. */
  check: (text: string) => string | undefined;
  /** What the kept file holds, said beside it; a warning about it, if any. */
  describe: (text: string) => { summary: string; warning?: string };
};

/**
 * A text file uploaded into the form (a kubeconfig, a certificate). It stays in the browser's
 * memory; only a file that passes `check` is kept, and it can be removed again.
 */
export function TextFileField({
  name,
  label,
  hint,
  tag,
  accept,
  maxBytes,
  check,
  describe,
}: TextFileFieldProps) {
  const { field, fieldState } = useFieldController(name);
  const [problem, setProblem] = useState<string>();
  const text = (field.value as string | undefined) ?? "";
  const description = text === "" ? undefined : describe(text);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > maxBytes) {
      setProblem(
        `${file.name} is ${Math.ceil(file.size / 1024)} KiB; at most ${Math.floor(maxBytes / 1024)} KiB is read.`,
      );
      return;
    }
    const read = await file.text();
    const refusal = check(read);
    if (refusal) {
      setProblem(`${file.name}: ${refusal}`);
      return;
    }
    setProblem(undefined);
    field.onChange(read);
  }

  return (
    <FieldShell
      id={fieldId(name)}
      label={label}
      tag={tag}
      hint={hint}
      error={problem ?? fieldState.error?.message}
      warning={description?.warning}
    >
      {(aria) => (
        <div className="secret-row">
          <input {...aria} ref={field.ref} type="file" accept={accept} onChange={onFile} />
          {description ? (
            <>
              <span className="upload-status" role="status">
                {description.summary}
              </span>
              <button
                type="button"
                className="button-small"
                aria-label={`Remove ${label}`}
                onClick={() => {
                  setProblem(undefined);
                  field.onChange("");
                }}
              >
                Remove
              </button>
            </>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
