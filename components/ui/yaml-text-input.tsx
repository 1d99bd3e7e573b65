"use client";

import { useId, useState, type ChangeEvent, type ClipboardEvent } from "react";

import type { TextProblem } from "@/lib/yaml/parse-untrusted";
import { textExcerpt, type TextExcerpt } from "@/lib/yaml/text-excerpt";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/untrusted-limits";
import { useFormGeneration } from "@/components/hooks/form-generation";

import { TextExcerptView } from "./text-excerpt-view";

export type YamlTextInputProps = {
  /** What the file is, as its labels say it ("values.yaml"). */
  fileLabel: string;
  /** Takes the text; the reason when it cannot be used, with where in the text if it has a place. */
  onText: (name: string, text: string) => TextReason | Promise<TextReason>;
  /** What the paste button says, when "Import pasted <fileLabel>" does not fit. */
  pasteAction?: string;
};

const MAX_KIB = UNTRUSTED_YAML_MAX_BYTES / 1024;
const TOO_LARGE = `This is more than ${MAX_KIB} KiB; Easel reads files of at most ${MAX_KIB} KiB.`;

/** Why a text cannot be used, none when it was taken. */
type TextReason = string | TextProblem | undefined;

/** Why the text was refused, and the lines around the place, when the reason has one. */
type Refusal = { problem: string; source: string; excerpt?: TextExcerpt };

/**
 * A YAML file uploaded or pasted. Both stay in the browser; a file that is too large is refused
 * before it is read, and a paste before it reaches the text box, so nothing can freeze the page.
 * A refused paste stays in its box to be fixed there; a refusal with a place shows that line.
 */
export function YamlTextInput({ fileLabel, onText, pasteAction }: YamlTextInputProps) {
  const id = useId();
  const [refusal, setRefusal] = useState<Refusal>();
  const [pasted, setPasted] = useState("");
  const generation = useFormGeneration();
  const errorId = `${id}-error`;
  const describedBy = refusal ? errorId : undefined;
  const refuse = (problem: string) => setRefusal({ problem, source: fileLabel });

  async function offerText(name: string, text: string) {
    const reason = await onText(name, text);
    if (reason === undefined) {
      setRefusal(undefined);
      setPasted("");
      return;
    }
    const { problem, at } =
      typeof reason === "string" ? { problem: reason, at: undefined } : reason;
    setRefusal({ problem, source: name, excerpt: at && textExcerpt(text, at) });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > UNTRUSTED_YAML_MAX_BYTES) {
      refuse(TOO_LARGE);
      return;
    }
    const isSameForm = generation.capture();
    const text = await file.text();
    // Another import or profile filled the form while this file was read: it came too late.
    if (isSameForm()) await offerText(file.name, text);
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData("text/plain");
    if (text.length + pasted.length > UNTRUSTED_YAML_MAX_BYTES) {
      event.preventDefault();
      refuse(TOO_LARGE);
    }
  }

  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          Upload {fileLabel}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-describedby={describedBy}
          onChange={onFile}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-paste`}>
          Or paste {fileLabel}
        </label>
        <textarea
          id={`${id}-paste`}
          className="input yaml-paste"
          rows={6}
          spellCheck={false}
          value={pasted}
          aria-describedby={describedBy}
          onPaste={onPaste}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="button-secondary"
          disabled={pasted.trim() === ""}
          onClick={() => void offerText(`pasted ${fileLabel}`, pasted)}
        >
          {pasteAction ?? `Import pasted ${fileLabel}`}
        </button>
      </div>
      {refusal ? (
        <div role="alert">
          <p id={errorId} className="field-error">
            {refusal.problem}
          </p>
          {refusal.excerpt ? (
            <TextExcerptView excerpt={refusal.excerpt} source={refusal.source} />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
