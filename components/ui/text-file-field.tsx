"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";
import { useFormGeneration } from "@/components/hooks/form-generation";

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
  /**
   * Told each text kept, with the file's name, and "" when the file is removed, for fields that
   * follow it.
   */
  onChange?: (text: string, fileName?: string) => void;
};

export type TextFileReading = { problem: string } | { summary: string; warning?: string };

/**
 * A text file uploaded into the form (a kubeconfig, a certificate). It stays in the browser's
 * memory; only a file that passes `read` is kept, and it can be removed again. A refused file
 * leaves the one kept before in place, and every problem is said at this field, with the file's
 * name.
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
  // Only known for a file chosen here: a text restored or replaced from outside has no name.
  const [chosen, setChosen] = useState<{ name: string; text: string }>();
  const text = (field.value as string | undefined) ?? "";
  const input = useRef<HTMLInputElement | null>(null);
  // The kept file, so the control shows its name again after a refused or cancelled choice.
  const keptFile = useRef<File | undefined>(undefined);
  const showKept = () => {
    if (!input.current) return;
    if (!keptFile.current) {
      input.current.value = "";
      return;
    }
    const files = new DataTransfer();
    files.items.add(keptFile.current);
    input.current.files = files.files;
  };
  const keepText = (kept: string, file?: File) => {
    setProblem(undefined);
    setChosen(file ? { name: file.name, text: kept } : undefined);
    keptFile.current = file;
    if (!file && input.current) input.current.value = "";
    field.onChange(kept);
    // A file chosen or removed is a field left: its error, if any, shows now.
    field.onBlur();
    onChange?.(kept, file?.name);
  };
  useEffect(() => {
    // Emptied from outside (an import or a profile replaced the form): the control follows.
    if (text !== "" || !keptFile.current) return;
    keptFile.current = undefined;
    if (input.current) input.current.value = "";
  }, [text]);
  useEffect(() => {
    // React does not pass a file picker's cancel on: the control would stay emptied by onClick.
    const control = input.current;
    control?.addEventListener("cancel", showKept);
    return () => control?.removeEventListener("cancel", showKept);
  });
  const reading = text === "" ? undefined : read(text);
  const description = reading && "summary" in reading ? reading : undefined;
  const keptName = chosen?.text === text ? chosen.name : undefined;
  const shownName = keptName ?? "The kept file";
  // A kept file that no longer reads (what it depends on changed) says why here, not elsewhere.
  const keptProblem =
    reading && "problem" in reading ? `${shownName}: ${reading.problem}` : undefined;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) {
      showKept();
      return;
    }
    // Said with the refusal, so nobody thinks the file kept before is gone too.
    const stillKept = text === "" ? "" : ` ${keptName ?? "The file kept before"} is still kept.`;
    if (file.size > maxBytes) {
      showKept();
      setProblem(
        `${file.name} is ${Math.ceil(file.size / 1024)} KiB; at most ${Math.floor(maxBytes / 1024)} KiB is read.${stillKept}`,
      );
      return;
    }
    const isSameForm = generation.capture();
    const content = await file.text();
    // Read after an import or a profile replaced the form: this file belongs to what came before.
    if (!isSameForm()) return;
    const refusal = read(content);
    if ("problem" in refusal) {
      showKept();
      setProblem(`${file.name}: ${sentence(refusal.problem)}${stillKept}`);
      return;
    }
    keepText(content, file);
  }

  return (
    <FieldShell
      id={fieldId(name)}
      label={label}
      tag={tag}
      hint={hint}
      error={problem ?? keptProblem ?? fieldState.error?.message}
      warning={description?.warning}
    >
      {(aria) => (
        <div className="secret-row">
          <input
            {...aria}
            ref={(element) => {
              input.current = element;
              field.ref(element);
            }}
            type="file"
            accept={accept}
            // Emptied first, so choosing the kept file again (edited since) is a change too.
            onClick={(event) => {
              event.currentTarget.value = "";
            }}
            onChange={onFile}
          />
          {text !== "" ? (
            <>
              <span className="upload-status" role="status">
                {description
                  ? `${keptName ? `${keptName}: ` : ""}${description.summary}`
                  : `${shownName} is kept, but cannot be used as it is.`}
              </span>
              <button
                type="button"
                className="button-small"
                aria-label={`Remove ${label}`}
                onClick={() => keepText("")}
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

/** A parser's message may end without a full stop; the refusal goes on with another sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
