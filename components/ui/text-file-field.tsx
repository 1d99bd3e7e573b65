"use client";

import { useState, type ChangeEvent } from "react";

import { useFormGeneration } from "@/components/hooks/form-generation";

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
  /**
   * Why the text cannot be used (a refused file is not kept), or what it holds, said beside it,
   * with a warning about it if any.
   */
  read: (text: string) => TextFileReading;
  /** Told each text kept, and "" when the file is removed, for fields that follow it. */
  onChange?: (text: string) => void;
};

export type TextFileReading = { problem: string } | { summary: string; warning?: string };

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
  read,
  onChange,
}: TextFileFieldProps) {
  const { field, fieldState } = useFieldController(name);
  const generation = useFormGeneration();
  const [problem, setProblem] = useState<string>();
  const text = (field.value as string | undefined) ?? "";
  const keep = (kept: string) => {
    setProblem(undefined);
    field.onChange(kept);
    // A file chosen or removed is a field left: its error, if any, shows now.
    field.onBlur();
    onChange?.(kept);
  };
  const reading = text === "" ? undefined : read(text);
  // A kept file can become wrong later (another context chosen): the form's error says why.
  const description = reading && "summary" in reading ? reading : undefined;

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
    const isSameForm = generation.capture();
    const content = await file.text();
    // Read after an import or a profile replaced the form: this file belongs to what came before.
    if (!isSameForm()) return;
    const refusal = read(content);
    if ("problem" in refusal) {
      setProblem(`${file.name}: ${refusal.problem}`);
      return;
    }
    keep(content);
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
          {text !== "" ? (
            <>
              <span className="upload-status" role="status">
                {description?.summary ?? "File kept; see the error."}
              </span>
              <button
                type="button"
                className="button-small"
                aria-label={`Remove ${label}`}
                onClick={() => keep("")}
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
